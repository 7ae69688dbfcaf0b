package io.tacitcrm.plugin.service;

import io.tacitcrm.plugin.domain.InstalledPlugin;

/** An installed plugin as the current tenant's administrators see it: its name in their language and their switch. */
public record TenantPlugin(InstalledPlugin plugin, String name, String description, boolean enabled) {
}
