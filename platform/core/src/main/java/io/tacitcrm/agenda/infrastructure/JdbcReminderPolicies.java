package io.tacitcrm.agenda.infrastructure;

import io.tacitcrm.agenda.domain.ReminderPolicies;
import io.tacitcrm.agenda.domain.ReminderPolicy;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
class JdbcReminderPolicies implements ReminderPolicies {

    @Inject
    TenantSql sql;

    @Override
    public ReminderPolicy find() {
        return sql.query("select stall_days, report_hour, version from reminder_policy where tenant_id = ?",
                ps -> ps.setObject(1, sql.tenant()), rs -> rs.next()
                        ? new ReminderPolicy(rs.getInt(1), rs.getInt(2), rs.getLong(3)) : ReminderPolicy.DEFAULT);
    }

    @Override
    public boolean save(ReminderPolicy policy, long expectedVersion) {
        return sql.update("insert into reminder_policy (tenant_id, stall_days, report_hour, version)"
                + " values (?, ?, ?, 1) on conflict (tenant_id) do update set stall_days = excluded.stall_days,"
                + " report_hour = excluded.report_hour, version = reminder_policy.version + 1"
                + " where reminder_policy.version = ?", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setInt(2, policy.stallDays());
                    ps.setInt(3, policy.reportHour());
                    ps.setLong(4, expectedVersion);
                }) == 1;
    }
}
