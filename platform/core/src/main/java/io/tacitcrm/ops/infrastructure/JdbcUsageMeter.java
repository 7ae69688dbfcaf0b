package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.UsageMeter;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.GlobalSql;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Counts a workspace's rows table by table in one statement, under the workspace's own row-level security (the
 * application role sees no other workspace's rows), and attributes each table's bytes (with its indexes and TOAST) by
 * the workspace's share of the table's rows as PostgreSQL counts them (the live rows its statistics hold, or the
 * planner's estimate, whichever is larger: a table never analysed has no estimate).
 */
@ApplicationScoped
class JdbcUsageMeter implements UsageMeter {

    /** Tenant tables: a tenant_id column, not declared GLOBAL, in the core's schema or a plugin's. */
    private static final String TABLES = """
            select quote_ident(n.nspname) || '.' || quote_ident(c.relname), n.nspname || '.' || c.relname,
                   pg_total_relation_size(c.oid), greatest(c.reltuples, coalesce(s.n_live_tup, 0), 0)::bigint
            from pg_class c
            left join pg_stat_user_tables s on s.relid = c.oid
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
            where c.relkind in ('r', 'p') and (n.nspname = 'public' or n.nspname like 'plugin\\_%')
              and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'GLOBAL:%'
              and has_table_privilege(c.oid, 'select')
            order by 2""";

    private record Table(String quoted, String name, long bytes, long estimatedRows) {
    }

    @Inject
    GlobalSql global;
    @Inject
    TenantSql tenantSql;

    @Override
    public List<TenantId> claimDue(Duration interval, int max, Instant now) {
        return global.query("update tenant set usage_measured_at = ? where id in (select id from tenant"
                + " where usage_measured_at is null or usage_measured_at < ?"
                + " order by usage_measured_at nulls first limit ? for update skip locked) returning id", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setTimestamp(2, Timestamp.from(now.minus(interval)));
                    ps.setInt(3, max);
                }, JdbcTenantDirectory::ids);
    }

    @Override
    public void measure(TenantId tenant, Instant now) {
        List<Table> tables = tenantSql.query(TABLES, ps -> { }, JdbcUsageMeter::tables);
        String counts = tables.stream().map(t -> "(select count(*) from " + t.quoted() + " where tenant_id = ?)")
                .collect(Collectors.joining(", ", "select array[", "]::bigint[]"));
        Long[] rows = tables.isEmpty() ? new Long[0] : tenantSql.query(counts, ps -> {
            for (int i = 1; i <= tables.size(); i++) {
                ps.setObject(i, tenant.value());
            }
        }, rs -> {
            rs.next();
            return (Long[]) rs.getArray(1).getArray();
        });
        List<String> metrics = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            metrics.add("table:" + table.name());
            numbers.add(rows[i]);
            bytes.add(table.bytes() * rows[i] / Math.max(1, Math.max(table.estimatedRows(), rows[i])));
        }
        metrics.add("users:active");
        numbers.add(tenantSql.query("select count(*) from app_user where tenant_id = ? and active",
                ps -> ps.setObject(1, tenant.value()), rs -> rs.next() ? rs.getLong(1) : 0L));
        bytes.add(0L);
        for (String plugin : enabledPlugins(tenant)) {
            metrics.add("plugin:" + plugin);
            numbers.add(1L);
            bytes.add(0L);
        }
        tenantSql.update("delete from tenant_usage where tenant_id = ?", ps -> ps.setObject(1, tenant.value()));
        List<Integer> indexes = IntStream.range(0, metrics.size()).boxed().toList();
        tenantSql.updateEach("insert into tenant_usage (tenant_id, metric, count, bytes) values (?, ?, ?, ?)",
                indexes, (ps, i) -> {
                    ps.setObject(1, tenant.value());
                    ps.setString(2, metrics.get(i));
                    ps.setLong(3, numbers.get(i));
                    ps.setLong(4, bytes.get(i));
                });
        tenantSql.update("update tenant set usage_measured_at = ? where id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setObject(2, tenant.value());
        });
    }

    private List<String> enabledPlugins(TenantId tenant) {
        return tenantSql.query("select plugin_id from tenant_plugin where tenant_id = ? and enabled order by 1",
                ps -> ps.setObject(1, tenant.value()), rs -> {
                    List<String> ids = new ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    return ids;
                });
    }

    private static List<Table> tables(ResultSet rs) throws SQLException {
        List<Table> tables = new ArrayList<>();
        while (rs.next()) {
            tables.add(new Table(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
        }
        return tables;
    }
}
