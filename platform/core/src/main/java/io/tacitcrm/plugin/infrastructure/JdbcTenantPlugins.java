package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.plugin.domain.TenantPlugins;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The switches, on the request transaction's connection. */
@ApplicationScoped
class JdbcTenantPlugins implements TenantPlugins {

    @Inject
    TenantSql sql;

    @Override
    public Set<String> enabled() {
        return sql.query("select plugin_id from tenant_plugin where tenant_id = ? and enabled",
                ps -> ps.setObject(1, sql.tenant()), rs -> {
                    Set<String> ids = new HashSet<>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    return ids;
                });
    }

    @Override
    public Map<String, Instant> enabledSince() {
        return sql.query("select plugin_id, changed_at from tenant_plugin where tenant_id = ? and enabled",
                ps -> ps.setObject(1, sql.tenant()), rs -> {
                    Map<String, Instant> since = new HashMap<>();
                    while (rs.next()) {
                        since.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                    return since;
                });
    }

    @Override
    public void set(String pluginId, boolean enabled, Optional<UserId> by) {
        sql.update("""
                insert into tenant_plugin (tenant_id, plugin_id, enabled, changed_at, changed_by)
                values (?, ?, ?, now(), ?)
                on conflict (tenant_id, plugin_id)
                do update set enabled = excluded.enabled,
                    changed_at = case when tenant_plugin.enabled = excluded.enabled then tenant_plugin.changed_at
                                      else excluded.changed_at end,
                    changed_by = case when tenant_plugin.enabled = excluded.enabled then tenant_plugin.changed_by
                                      else excluded.changed_by end""",
                ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setString(2, pluginId);
                    ps.setBoolean(3, enabled);
                    ps.setObject(4, by.map(UserId::value).orElse(null));
                });
        // the operators' figure of modules on (GLOBAL tenant_usage) follows at once rather than at the next measuring
        if (enabled) {
            sql.update("insert into tenant_usage (tenant_id, metric, count, bytes) values (?, ?, 1, 0)"
                    + " on conflict (tenant_id, metric) do nothing", ps -> {
                        ps.setObject(1, sql.tenant());
                        ps.setString(2, "plugin:" + pluginId);
                    });
        } else {
            sql.update("delete from tenant_usage where tenant_id = ? and metric = ?", ps -> {
                ps.setObject(1, sql.tenant());
                ps.setString(2, "plugin:" + pluginId);
            });
        }
    }

    /**
     * Locked (for no key update) until the switching transaction ends: two switches of one module in one workspace
     * then grant its defaults once, the second seeing what the first recorded.
     */
    @Override
    public Set<String> defaultsGranted(String pluginId) {
        return sql.query("select defaults_granted from tenant_plugin where tenant_id = ? and plugin_id = ?"
                + " for no key update", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setString(2, pluginId);
                }, rs -> rs.next() ? Set.of((String[]) rs.getArray(1).getArray()) : Set.of());
    }

    /**
     * The whole set is written, not a union taken in SQL: with the union as a subquery in the update, Citus sent the
     * statement to every shard once the driver had prepared it (a generic plan it could not route by workspace).
     */
    @Override
    public void markDefaultsGranted(String pluginId, Set<String> codes) {
        sql.update("update tenant_plugin set defaults_granted = ? where tenant_id = ? and plugin_id = ?", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", new TreeSet<>(codes).toArray()));
            ps.setObject(2, sql.tenant());
            ps.setString(3, pluginId);
        });
    }
}
