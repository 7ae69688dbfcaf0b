package io.tacitcrm.tenancy.service;

/**
 * The workspace's access revision as the current transaction sees it: a counter the database moves whenever something
 * the server caches per workspace changes (roles, users, teams, sharing rules, sessions, switched-on plugins).
 */
public interface TenantRevision {

    /**
     * Read by the transaction's first statement on the workspace's connection, together with the tenant setting — so
     * it costs no round trip of its own; taking the connection now if the transaction has not yet. Needs a transaction
     * and a bound tenant.
     */
    long current();
}
