package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.api.PluginSettings;
import io.tacitcrm.api.TenantDatabase;
import io.tacitcrm.plugin.domain.PluginStorage;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Plugin tables and settings on tenant-bound connections of their own. */
@ApplicationScoped
class JdbcPluginStorage implements PluginStorage {

    @Inject
    TenantConnections connections;

    @Override
    public TenantDatabase database(String pluginId, TenantId tenant) {
        Optional<String> schema = Optional.of(PluginStorage.schemaOf(pluginId));
        return new TenantDatabase() {
            @Override
            public <T> T inTransaction(Work<T> work) {
                return connections.inTransaction(tenant, schema, work);
            }
        };
    }

    @Override
    public PluginSettings settings(String pluginId, TenantId tenant) {
        return new PluginSettings() {
            @Override
            public Optional<String> get(String key) {
                return connections.inTransaction(tenant, Optional.empty(), c -> {
                    try (PreparedStatement ps = c.prepareStatement(SettingSql.GET)) {
                        ps.setObject(1, tenant.value());
                        ps.setString(2, pluginId);
                        ps.setString(3, key);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                        }
                    }
                });
            }

            @Override
            public void put(String key, String value) {
                connections.inTransaction(tenant, Optional.empty(), c -> {
                    try (PreparedStatement ps = c.prepareStatement(SettingSql.PUT)) {
                        ps.setObject(1, tenant.value());
                        ps.setString(2, pluginId);
                        ps.setString(3, key);
                        ps.setString(4, value);
                        return ps.executeUpdate();
                    }
                });
            }

            @Override
            public void remove(String key) {
                connections.inTransaction(tenant, Optional.empty(), c -> {
                    try (PreparedStatement ps = c.prepareStatement(SettingSql.REMOVE)) {
                        ps.setObject(1, tenant.value());
                        ps.setString(2, pluginId);
                        ps.setString(3, key);
                        return ps.executeUpdate();
                    }
                });
            }
        };
    }
}
