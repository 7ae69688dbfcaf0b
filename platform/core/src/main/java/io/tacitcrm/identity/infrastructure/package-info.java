/** JPA implementations of the identity repositories; every query is tenant-scoped by the injected entity manager. */
package io.tacitcrm.identity.infrastructure;
