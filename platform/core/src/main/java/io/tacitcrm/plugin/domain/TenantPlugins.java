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

    /** The permission codes of this plugin whose default grants the tenant has received. */
    Set<String> defaultsGranted(String pluginId);

    /** Records that the tenant received the default grants of these codes (the plugin's switch row exists). */
    void markDefaultsGranted(String pluginId, Set<String> codes);
}
