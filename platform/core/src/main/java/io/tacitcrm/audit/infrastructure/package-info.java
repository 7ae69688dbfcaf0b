/** JPA implementation of the audit log. */
package io.tacitcrm.audit.infrastructure;
