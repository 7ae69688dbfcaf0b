package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant label of a metric, with a cap on how many values it takes: the first {@code cap} workspaces seen get
 * their own id, every later one is counted as {@code other}. First come rather than the busiest, so a series never
 * changes whose traffic it counts while the server runs (the monitoring system keeps history per series).
 */
public final class TenantLabels {

    public static final String OTHER = "other";
    /** Requests answered before any workspace was known: sign-up, login, the operators' API, static files. */
    public static final String NONE = "none";

    private final int cap;
    private final Set<TenantId> labelled = ConcurrentHashMap.newKeySet();

    public TenantLabels(int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("The cap on tenant labels cannot be negative: " + cap);
        }
        this.cap = cap;
    }

    public String of(Optional<TenantId> tenant) {
        return tenant.map(this::of).orElse(NONE);
    }

    private String of(TenantId tenant) {
        if (labelled.contains(tenant) || admit(tenant)) {
            return tenant.value().toString();
        }
        return OTHER;
    }

    /** Rare (a workspace's first request), so it may wait for the lock that keeps the count at the cap. */
    private synchronized boolean admit(TenantId tenant) {
        return labelled.size() < cap && labelled.add(tenant) || labelled.contains(tenant);
    }

    public int size() {
        return labelled.size();
    }

    public int cap() {
        return cap;
    }
}
