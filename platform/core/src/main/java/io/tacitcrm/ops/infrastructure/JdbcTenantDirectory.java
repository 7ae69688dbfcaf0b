package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.TenantDirectory;
import io.tacitcrm.ops.domain.TenantDirectory.WorkspaceName;
import io.tacitcrm.ops.domain.TenantListQuery;
import io.tacitcrm.ops.domain.TenantListQuery.Sort;
import io.tacitcrm.ops.domain.TenantOverview;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantStatus;
import io.tacitcrm.tenancy.infrastructure.GlobalSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One statement per page: the register joined with the measured usage and the last day's API figures. The list is
 * as long as the number of workspaces (thousands), so its orders by computed figures are keyset-paged over a CTE.
 * The figures are grouped by workspace and joined, not looked up laterally: Citus joins a reference table (the
 * register) with grouped distributed tables, not with a lateral subquery over them.
 */
@ApplicationScoped
class JdbcTenantDirectory implements TenantDirectory {

    private static final String OVERVIEW = """
            with o as (
              select t.id, t.slug, t.name, t.status, t.status_reason, t.status_changed_at, t.delete_after, t.plan,
                     t.locale,
                     t.created_at, t.last_login_at, t.usage_measured_at, t.version,
                     coalesce(u.users_active, 0) users_active, coalesce(u.users_all, 0) users_all,
                     coalesce(u.bytes, 0) bytes, coalesce(u.tables, '') tables, coalesce(u.plugins, '') plugins,
                     coalesce(a.requests, 0) requests, coalesce(a.errors, 0) errors,
                     greatest(t.last_login_at, a.last_hour) last_activity
              from tenant t
              left join (
                select x.tenant_id,
                       sum(x.count) filter (where x.metric = 'users:active') users_active,
                       sum(x.count) filter (where x.metric = 'table:public.app_user') users_all,
                       sum(x.bytes) bytes,
                       string_agg(substr(x.metric, 7) || '=' || x.count, ',' order by x.metric)
                         filter (where x.metric like 'table:%') tables,
                       string_agg(substr(x.metric, 8), ',' order by x.metric)
                         filter (where x.metric like 'plugin:%') plugins
                from tenant_usage x group by x.tenant_id) u on u.tenant_id = t.id
              left join (
                select r.tenant_id, sum(r.requests) requests, sum(r.errors) errors, max(r.hour) last_hour
                from tenant_api_usage r where r.hour > ? group by r.tenant_id) a on a.tenant_id = t.id)
            select * from o where true""";

    @Inject
    GlobalSql sql;

    @Override
    public List<TenantOverview> page(TenantListQuery query) {
        String key = switch (query.sort()) {
            case NAME -> "lower(o.name)";
            case CREATED -> "o.created_at";
            case SIZE -> "o.bytes";
            case LAST_ACTIVITY -> "coalesce(o.last_activity, '-infinity'::timestamptz)";
        };
        String cast = switch (query.sort()) {
            case NAME -> "text";
            case CREATED, LAST_ACTIVITY -> "timestamptz";
            case SIZE -> "bigint";
        };
        boolean ascending = query.sort() == Sort.NAME;
        StringBuilder statement = new StringBuilder(OVERVIEW);
        query.search().ifPresent(s -> statement.append(" and (lower(o.name) like ? escape '!'"
                + " or o.slug like ? escape '!')"));
        query.after().ifPresent(a -> statement.append(" and (").append(key).append(", o.id) ")
                .append(ascending ? ">" : "<").append(" (?::").append(cast).append(", ?)"));
        String direction = ascending ? " asc" : " desc";
        statement.append(" order by ").append(key).append(direction).append(", o.id").append(direction)
                .append(" limit ?");
        return sql.query(statement.toString(), ps -> {
            int i = bindSince(ps);
            if (query.search().isPresent()) {
                String like = "%" + query.search().get().toLowerCase(Locale.ROOT)
                        .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                ps.setString(++i, like);
                ps.setString(++i, like);
            }
            if (query.after().isPresent()) {
                ps.setString(++i, query.after().get().key());
                ps.setObject(++i, query.after().get().id());
            }
            ps.setInt(++i, query.limit() + 1);
        }, JdbcTenantDirectory::all);
    }

    @Override
    public Optional<TenantOverview> find(TenantId tenant) {
        return sql.query(OVERVIEW + " and o.id = ?", ps -> {
            int i = bindSince(ps);
            ps.setObject(++i, tenant.value());
        }, rs -> all(rs).stream().findFirst());
    }

    @Override
    public boolean changeStatus(TenantId tenant, TenantStatus status, Optional<String> reason, Instant at) {
        return sql.update("update tenant set status = ?, status_reason = ?, status_changed_at = ?,"
                + " version = version + 1 where id = ?", ps -> {
                    ps.setString(1, status.name());
                    ps.setString(2, reason.orElse(null));
                    ps.setTimestamp(3, Timestamp.from(at));
                    ps.setObject(4, tenant.value());
                }) == 1;
    }

    @Override
    public boolean scheduleDeletion(TenantId tenant, String reason, Instant deleteAfter, Instant at) {
        return sql.update("update tenant set status_before_deletion = status, status = 'DELETING',"
                + " status_reason = ?, status_changed_at = ?, delete_after = ?, version = version + 1"
                + " where id = ? and status <> 'DELETING'", ps -> {
                    ps.setString(1, reason);
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.setTimestamp(3, Timestamp.from(deleteAfter));
                    ps.setObject(4, tenant.value());
                }) == 1;
    }

    @Override
    public boolean restore(TenantId tenant, Instant at) {
        return sql.update("update tenant set status = coalesce(status_before_deletion, 'ACTIVE'),"
                + " status_reason = case when status_before_deletion = 'SUSPENDED' then status_reason end,"
                + " status_before_deletion = null, delete_after = null, status_changed_at = ?, version = version + 1"
                + " where id = ? and status = 'DELETING'", ps -> {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setObject(2, tenant.value());
                }) == 1;
    }

    @Override
    public List<TenantId> claimDueDeletions(Instant now, Duration retryAfter, int max) {
        return sql.query("update tenant set delete_after = ? where id in (select id from tenant"
                + " where status = 'DELETING' and delete_after <= ? order by delete_after limit ?"
                + " for update skip locked) returning id", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now.plus(retryAfter)));
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setInt(3, max);
                }, JdbcTenantDirectory::ids);
    }

    @Override
    public Map<String, Long> pluginUse() {
        return sql.query("select substr(metric, 8), count(*) from tenant_usage where metric like 'plugin:%'"
                + " group by 1", ps -> { }, rs -> {
                    Map<String, Long> use = new LinkedHashMap<>();
                    while (rs.next()) {
                        use.put(rs.getString(1), rs.getLong(2));
                    }
                    return use;
                });
    }

    @Override
    public List<WorkspaceName> usingPlugin(String pluginId, int limit) {
        return sql.query("select t.id, t.slug, t.name, t.locale from tenant t join tenant_usage u on u.tenant_id = t.id"
                + " and u.metric = ? order by lower(t.name), t.id limit ?", ps -> {
                    ps.setString(1, "plugin:" + pluginId);
                    ps.setInt(2, limit);
                }, JdbcTenantDirectory::names);
    }

    @Override
    public List<WorkspaceName> withStatus(Optional<String> plan, Set<TenantStatus> statuses) {
        return sql.query("select id, slug, name, locale from tenant where status = any (?)"
                + (plan.isPresent() ? " and plan = ?" : "") + " order by created_at, id", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text",
                            statuses.stream().map(TenantStatus::name).toArray()));
                    if (plan.isPresent()) {
                        ps.setString(2, plan.get());
                    }
                }, JdbcTenantDirectory::names);
    }

    private static List<WorkspaceName> names(ResultSet rs) throws SQLException {
        List<WorkspaceName> names = new ArrayList<>();
        while (rs.next()) {
            names.add(new WorkspaceName(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                    rs.getString(4)));
        }
        return names;
    }

    /** The workspace ids a claim returned. */
    static List<TenantId> ids(ResultSet rs) throws SQLException {
        List<TenantId> ids = new ArrayList<>();
        while (rs.next()) {
            ids.add(new TenantId(rs.getObject(1, UUID.class)));
        }
        return ids;
    }

    /** API figures count from 24 hours before the current hour began. */
    private static int bindSince(PreparedStatement ps) throws SQLException {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        ps.setTimestamp(1, Timestamp.from(hour.minus(Duration.ofHours(24))));
        return 1;
    }

    private static List<TenantOverview> all(ResultSet rs) throws SQLException {
        List<TenantOverview> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new TenantOverview(new TenantId(rs.getObject("id", UUID.class)), rs.getString("slug"),
                    rs.getString("name"), rs.getString("status"), Optional.ofNullable(rs.getString("status_reason")),
                    instant(rs, "status_changed_at"), instant(rs, "delete_after"), rs.getString("plan"),
                    rs.getString("locale"),
                    rs.getTimestamp("created_at").toInstant(), instant(rs, "last_login_at"),
                    instant(rs, "last_activity"), rs.getLong("users_active"), rs.getLong("users_all"),
                    tables(rs.getString("tables")), rs.getLong("bytes"), rs.getLong("requests"),
                    rs.getLong("errors"), plugins(rs.getString("plugins")), instant(rs, "usage_measured_at"),
                    rs.getLong("version")));
        }
        return rows;
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }

    private static Map<String, Long> tables(String encoded) {
        Map<String, Long> tables = new LinkedHashMap<>();
        for (String pair : encoded.split(",")) {
            int eq = pair.lastIndexOf('=');
            if (eq > 0) {
                tables.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
            }
        }
        return tables;
    }

    private static List<String> plugins(String encoded) {
        return Arrays.stream(encoded.split(",")).filter(p -> !p.isBlank()).toList();
    }
}
