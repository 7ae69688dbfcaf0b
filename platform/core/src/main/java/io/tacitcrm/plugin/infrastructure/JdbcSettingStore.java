package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.plugin.domain.SettingStore;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** Plugin settings on the request transaction's connection (the plugin's own reads use its own connections). */
@ApplicationScoped
class JdbcSettingStore implements SettingStore {

    @Inject
    TenantSql sql;

    @Override
    public Map<String, String> all(String pluginId) {
        return sql.query(SettingSql.ALL, ps -> {
            ps.setObject(1, sql.tenant());
            ps.setString(2, pluginId);
        }, rs -> {
            Map<String, String> values = new HashMap<>();
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
            return values;
        });
    }

    @Override
    public void put(String pluginId, String key, String value) {
        sql.update(SettingSql.PUT, ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setString(2, pluginId);
                    ps.setString(3, key);
                    ps.setString(4, value);
                });
    }

    @Override
    public void remove(String pluginId, String key) {
        sql.update(SettingSql.REMOVE, ps -> {
            ps.setObject(1, sql.tenant());
            ps.setString(2, pluginId);
            ps.setString(3, key);
        });
    }
}
