package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.ExportLog;
import io.tacitcrm.ops.domain.ExportRecord;
import io.tacitcrm.ops.domain.OperatorId;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.GlobalSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JdbcExportLog implements ExportLog {

    @Inject
    GlobalSql sql;

    @Override
    public void started(UUID id, TenantId tenant, Optional<OperatorId> operator, Instant at) {
        sql.update("insert into tenant_export (id, tenant_id, operator_id, started_at, progressed_at, status,"
                + " tables_total) values (?, ?, ?, ?, ?, 'RUNNING', 0)", ps -> {
                    ps.setObject(1, id);
                    ps.setObject(2, tenant.value());
                    ps.setObject(3, operator.map(OperatorId::value).orElse(null));
                    ps.setTimestamp(4, Timestamp.from(at));
                    ps.setTimestamp(5, Timestamp.from(at));
                });
    }

    @Override
    public void progress(UUID id, int tablesTotal, int tablesDone, long rows, long bytes, Instant at) {
        sql.update("update tenant_export set tables_total = ?, tables_done = ?, rows_written = ?, bytes = ?,"
                + " progressed_at = ? where id = ?", ps -> {
                    ps.setInt(1, tablesTotal);
                    ps.setInt(2, tablesDone);
                    ps.setLong(3, rows);
                    ps.setLong(4, bytes);
                    ps.setTimestamp(5, Timestamp.from(at));
                    ps.setObject(6, id);
                });
    }

    @Override
    public int interrupted(TenantId tenant, Instant silentSince, Instant at) {
        // the text is made here: Citus refuses an UPDATE that calls a STABLE function (to_char) on a column
        String problem = "interrupted: no progress since before " + silentSince.truncatedTo(ChronoUnit.SECONDS)
                + "; the server streaming it stopped";
        return sql.update("update tenant_export set status = 'FAILED', finished_at = ?, problem = ?"
                + " where tenant_id = ? and status = 'RUNNING' and progressed_at < ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setString(2, problem);
                    ps.setObject(3, tenant.value());
                    ps.setTimestamp(4, Timestamp.from(silentSince));
                });
    }

    @Override
    public void done(UUID id, Instant at, long rows, long bytes, String sha256) {
        sql.update("update tenant_export set status = 'DONE', finished_at = ?, tables_done = tables_total,"
                + " rows_written = ?, bytes = ?, sha256 = ? where id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setLong(2, rows);
                    ps.setLong(3, bytes);
                    ps.setString(4, sha256);
                    ps.setObject(5, id);
                });
    }

    @Override
    public void failed(UUID id, Instant at, String problem) {
        sql.update("update tenant_export set status = 'FAILED', finished_at = ?, problem = ? where id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, problem.length() > 500 ? problem.substring(0, 500) : problem);
            ps.setObject(3, id);
        });
    }

    @Override
    public List<ExportRecord> of(TenantId tenant, int limit) {
        return sql.query("select id, operator_id, started_at, finished_at, status, tables_total, tables_done,"
                + " rows_written, bytes, sha256, problem from tenant_export where tenant_id = ?"
                + " order by started_at desc, id limit ?", ps -> {
                    ps.setObject(1, tenant.value());
                    ps.setInt(2, limit);
                }, rs -> {
                    List<ExportRecord> all = new ArrayList<>();
                    while (rs.next()) {
                        Timestamp finished = rs.getTimestamp(4);
                        UUID operator = rs.getObject(2, UUID.class);
                        all.add(new ExportRecord(rs.getObject(1, UUID.class), tenant,
                                Optional.ofNullable(operator).map(OperatorId::new), rs.getTimestamp(3).toInstant(),
                                Optional.ofNullable(finished).map(Timestamp::toInstant),
                                ExportRecord.Status.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7),
                                rs.getLong(8), rs.getLong(9), Optional.ofNullable(rs.getString(10)),
                                Optional.ofNullable(rs.getString(11))));
                    }
                    return all;
                });
    }
}
