package io.tacitcrm.plugin.domain;

import java.util.Optional;

/**
 * A plugin found in the plugins directory, with what the host made of it; {@code problem} says why a plugin is not
 * ACTIVE.
 */
public record InstalledPlugin(String id, String version, String provider, String description, String requires,
                              PluginStatus status, Optional<String> problem) {

    public boolean isActive() {
        return status == PluginStatus.ACTIVE;
    }

    public InstalledPlugin withStatus(PluginStatus newStatus, String why) {
        return new InstalledPlugin(id, version, provider, description, requires, newStatus, Optional.of(why));
    }
}
