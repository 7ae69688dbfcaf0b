package io.tacitcrm.transfer.domain;

import java.util.Optional;

/**
 * A tenant's public pool: customers without a done footprint for {@code idleDays} return to it (off when empty), and a
 * rep may claim at most {@code claimCap} customers from it in any 30 days.
 */
public record PoolPolicy(Optional<Integer> idleDays, int claimCap, long version) {

    public static final int DEFAULT_CAP = 20;
    public static final PoolPolicy OFF = new PoolPolicy(Optional.empty(), DEFAULT_CAP, 0);

    public boolean on() {
        return idleDays.isPresent();
    }
}
