/** REST resource of the audit log. */
package io.tacitcrm.audit.rest;
