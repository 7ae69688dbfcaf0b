package io.tacitcrm.plugin.domain;

import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The current tenant's plugin switches. */
public interface TenantPlugins {

    Set<String> enabled();

    /** The switched-on plugins and since when each has been on. */
    Map<String, Instant> enabledSince();

    void set(String pluginId, boolean enabled, Optional<UserId> by);

    /**
     * The permission codes of this plugin whose default grants the tenant has received, the plugin's row locked until
     * the transaction ends (so that two switches do not both grant).
     */
    Set<String> defaultsGranted(String pluginId);

    /** Records all the codes whose default grants the tenant has received (the plugin's switch row exists). */
    void markDefaultsGranted(String pluginId, Set<String> codes);
}
