package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.common.persistence.SqlLimit;
import io.tacitcrm.plugin.domain.JobRun;
import io.tacitcrm.plugin.domain.JobRuns;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Job runs on the current transaction's connection; the primary key makes the claim. */
@ApplicationScoped
class JdbcJobRuns implements JobRuns {

    @Inject
    TenantSql sql;

    @Override
    public boolean claim(String pluginId, String job, Instant scheduledAt, String server, Instant now) {
        return sql.update("insert into plugin_job_run (tenant_id, plugin_id, job, scheduled_at, server, started_at)"
                + " values (?, ?, ?, ?, ?, ?) on conflict do nothing", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setString(2, pluginId);
                    ps.setString(3, job);
                    ps.setTimestamp(4, Timestamp.from(scheduledAt));
                    ps.setString(5, server);
                    ps.setTimestamp(6, Timestamp.from(now));
                }) == 1;
    }

    @Override
    public void finish(String pluginId, String job, Instant scheduledAt, JobRun.Outcome outcome, String detail,
                       Instant now) {
        sql.update("update plugin_job_run set finished_at = ?, outcome = ?, detail = ?"
                + " where tenant_id = ? and plugin_id = ? and job = ? and scheduled_at = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setString(2, outcome.name());
                    ps.setString(3, detail.length() > 2000 ? detail.substring(0, 2000) : detail);
                    ps.setObject(4, sql.tenant());
                    ps.setString(5, pluginId);
                    ps.setString(6, job);
                    ps.setTimestamp(7, Timestamp.from(scheduledAt));
                });
    }

    @Override
    public int interrupted(String pluginId, Instant startedBefore, Instant now) {
        return sql.update("update plugin_job_run set finished_at = ?, outcome = 'FAILED', detail = 'interrupted: '"
                + " || server || ' stopped while running it' where tenant_id = ? and plugin_id = ?"
                + " and finished_at is null and started_at < ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setObject(2, sql.tenant());
                    ps.setString(3, pluginId);
                    ps.setTimestamp(4, Timestamp.from(startedBefore));
                });
    }

    @Override
    public List<JobRun> recent(String pluginId, int limit) {
        return sql.query("select job, scheduled_at, server, started_at, finished_at, outcome, detail"
                + " from plugin_job_run where tenant_id = ? and plugin_id = ? order by scheduled_at desc, job"
                + SqlLimit.of(limit),
                ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setString(2, pluginId);
                }, rs -> {
                    List<JobRun> runs = new ArrayList<>();
                    while (rs.next()) {
                        runs.add(new JobRun(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getTimestamp(4).toInstant(),
                                Optional.ofNullable(rs.getTimestamp(5)).map(Timestamp::toInstant),
                                Optional.ofNullable(rs.getString(6)).map(JobRun.Outcome::valueOf),
                                Optional.ofNullable(rs.getString(7))));
                    }
                    return runs;
                });
    }

    @Override
    public void forget(String pluginId, Instant before) {
        sql.update("delete from plugin_job_run where tenant_id = ? and plugin_id = ? and scheduled_at < ?", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setString(2, pluginId);
            ps.setTimestamp(3, Timestamp.from(before));
        });
    }
}
