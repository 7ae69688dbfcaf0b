/** JPA implementation of the global tenant register. */
package io.tacitcrm.tenancy.infrastructure;
