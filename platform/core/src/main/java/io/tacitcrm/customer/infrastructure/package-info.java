/** JPA implementation of the account repository: keyset paging over indexed orders, scoped by the tenant EM. */
package io.tacitcrm.customer.infrastructure;
