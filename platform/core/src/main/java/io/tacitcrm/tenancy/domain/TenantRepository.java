package io.tacitcrm.tenancy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The global register of tenants. */
public interface TenantRepository {

    Optional<Tenant> find(TenantId id);

    Optional<Tenant> findBySlug(WorkspaceSlug slug);

    /**
     * Stores a new tenant at once, so a taken slug is found here and not at commit.
     *
     * @return false when another tenant took the slug first (the transaction must then roll back)
     */
    boolean add(Tenant tenant);

    /** Notes that someone of the workspace signed in (at most once a minute, so sign-ins do not queue on it). */
    void recordSignIn(TenantId id, Instant at);

    /** Every active tenant's id: background work (the pool sweep) visits them one by one. */
    List<TenantId> activeIds();

    /** The active tenants with their access revisions, in id order. */
    Map<TenantId, Long> activeRevisions();

    /**
     * The workspace's access revision: bumped by the database whenever roles, users, teams, sharing rules or defaults,
     * plugin switches or tokens change (V8, V19, V33), and by the statements that change its status.
     */
    long accessRevision(TenantId id);
}
