package io.tacitcrm.customer.infrastructure;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One posting of the customer search index: this account's search text contains this gram. Written only by database
 * triggers (see {@code V5__account_search.sql}); mapped so that queries can look postings up by equality.
 */
@Entity
@Table(name = "account_search_gram")
@IdClass(AccountSearchGram.Key.class)
class AccountSearchGram extends TenantOwned {

    @Id
    private String gram;
    @Id
    @Column(name = "account_id")
    private UUID accountId;

    protected AccountSearchGram() {
    }

    /** The posting's key within the tenant (the tenant column completes it). */
    public static class Key implements Serializable {
        private String gram;
        private UUID accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(gram, key.gram) && Objects.equals(accountId,
                    key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gram, accountId);
        }
    }
}
