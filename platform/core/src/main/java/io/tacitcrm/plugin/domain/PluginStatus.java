package io.tacitcrm.plugin.domain;

/** How the host took an installed plugin at start-up, or stopped it since. Only ACTIVE plugins are ever called. */
public enum PluginStatus {
    /** Started, migrated, tenant wall checked. */
    ACTIVE,
    /** Needs a platform API version this server does not provide. */
    INCOMPATIBLE,
    /** Its tables lack {@code tenant_id} or forced row-level security, or its migrations failed. */
    REFUSED,
    /** PF4J could not load or start it. */
    FAILED,
    /** Stopped by the host while the server ran, because it overstepped a bound (too many threads of its own). */
    STOPPED
}
