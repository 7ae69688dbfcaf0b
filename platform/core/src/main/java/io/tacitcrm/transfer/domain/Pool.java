package io.tacitcrm.transfer.domain;

import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.transfer.domain.Pool;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's public pool. */
public interface Pool {

    PoolPolicy policy();

    /** Stores the policy if {@code expectedVersion} is still current; false when someone changed it meanwhile. */
    boolean savePolicy(PoolPolicy policy, long expectedVersion);

    /**
     * Returns every customer with no done footprint since {@code cutoff} (and created before it) to the pool; how many.
     */
    int sweep(Instant cutoff, Instant now);

    /** Pooled customers, most recently pooled first, after the given (pooledAt, id) if any. */
    List<PooledCustomer> page(Optional<PoolCursor> after, int limit);

    /** Serialises one rep's claims, so two at once cannot both slip under the cap. */
    void lockClaimsOf(UserId rep);

    int claimsSince(UserId rep, Instant since);

    /**
     * Makes the pooled customer the rep's and answers its previous owner; empty when it is not (or no longer) in the
     * pool.
     */
    Optional<UserId> claim(AccountId account, UserId rep, Instant now);

    /** Where a page of the pool ended; opaque to clients. */
    record PoolCursor(Instant pooledAt, AccountId id) implements Cursor {

        @Override
        public List<Object> keys() {
            return List.of(pooledAt, id.value());
        }

        public static PoolCursor after(PooledCustomer last) {
            return new PoolCursor(last.pooledAt(), last.id());
        }

        @Override
        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((pooledAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        public static PoolCursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new PoolCursor(Instant.parse(parts[0]), new AccountId(UUID.fromString(parts[1])));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("cursor", "cursor.invalid", "is not a cursor of this list");
            }
        }
    }
}
