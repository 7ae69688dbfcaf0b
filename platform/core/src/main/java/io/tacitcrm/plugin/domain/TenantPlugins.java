package io.tacitcrm.plugin.domain;

import io.tacitcrm.identity.domain.UserId;
import java.util.Set;

/** The current tenant's plugin switches. */
public interface TenantPlugins {

    Set<String> enabled();

    void set(String pluginId, boolean enabled, UserId by);
}
