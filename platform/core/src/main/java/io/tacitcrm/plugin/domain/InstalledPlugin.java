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

    /** The same plugin with a note for operators (kept with any problem it had), e.g. an older archive refused. */
    public InstalledPlugin noting(String note) {
        return new InstalledPlugin(id, version, provider, description, requires, status,
                Optional.of(problem.map(p -> p + "; ").orElse("") + note));
    }

    public InstalledPlugin withStatus(PluginStatus newStatus, String why) {
        return new InstalledPlugin(id, version, provider, description, requires, newStatus, Optional.of(why));
    }
}
