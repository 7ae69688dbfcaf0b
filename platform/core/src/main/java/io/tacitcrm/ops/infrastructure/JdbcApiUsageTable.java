package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.ApiUsageTable;
import io.tacitcrm.tenancy.infrastructure.GlobalSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;

@ApplicationScoped
class JdbcApiUsageTable implements ApiUsageTable {

    @Inject
    GlobalSql sql;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(Counts counts) {
        // a workspace whose sign-up rolled back has no row to count against: the join drops it. The rows are taken
        // in key order, so that two servers flushing the same workspaces' hours wait for each other instead of
        // deadlocking (each server's counts come in its own map's order, and the join may reorder them again)
        sql.update("insert into tenant_api_usage (tenant_id, hour, requests, errors)"
                + " select u.t, u.h, u.r, u.e from unnest(?::uuid[], ?::timestamptz[], ?::bigint[], ?::bigint[])"
                + " as u(t, h, r, e) join tenant on tenant.id = u.t order by u.t, u.h"
                + " on conflict (tenant_id, hour) do update set requests = tenant_api_usage.requests"
                + " + excluded.requests, errors = tenant_api_usage.errors + excluded.errors", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("uuid", counts.tenants().toArray()));
                    ps.setArray(2, ps.getConnection().createArrayOf("timestamptz",
                            counts.hours().stream().map(Timestamp::from).toArray()));
                    ps.setArray(3, ps.getConnection().createArrayOf("bigint", counts.requests().toArray()));
                    ps.setArray(4, ps.getConnection().createArrayOf("bigint", counts.errors().toArray()));
                });
    }
}
