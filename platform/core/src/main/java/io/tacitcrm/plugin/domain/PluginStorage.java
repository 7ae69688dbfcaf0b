package io.tacitcrm.plugin.domain;

import io.tacitcrm.api.PluginSettings;
import io.tacitcrm.api.TenantDatabase;
import io.tacitcrm.tenancy.domain.TenantId;

/** A plugin's own tables and settings, for one tenant. */
public interface PluginStorage {

    TenantDatabase database(String pluginId, TenantId tenant);

    PluginSettings settings(String pluginId, TenantId tenant);

    /** The schema that holds a plugin's tables. */
    static String schemaOf(String pluginId) {
        return "plugin_" + pluginId.replace('-', '_');
    }
}
