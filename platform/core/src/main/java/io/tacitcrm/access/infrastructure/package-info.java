/** JPA side of access: shares, org-wide defaults, and the JPQL predicate that lists only readable records. */
package io.tacitcrm.access.infrastructure;
