package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.domain.PlanUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts under the workspace's own row-level security, only when a limit asks (a plan without limits costs nothing):
 * active users and customers now, storage as the last usage measurement found it.
 */
@ApplicationScoped
class JdbcPlanUsage implements PlanUsage {

    @Inject
    TenantSql sql;

    @Override
    public long activeUsers() {
        return count("select count(*) from app_user where tenant_id = ? and active");
    }

    @Override
    public long customers() {
        return count("select count(*) from account where tenant_id = ?");
    }

    @Override
    public long storageBytes() {
        return count("select coalesce(sum(bytes), 0) from tenant_usage where tenant_id = ?");
    }

    private long count(String statement) {
        return sql.query(statement, ps -> ps.setObject(1, sql.tenant()), rs -> rs.next() ? rs.getLong(1) : 0L);
    }
}
