package io.tacitcrm.plugin.domain;

/**
 * A plugin stopped by the host on this server (a CDI event): whoever keeps something of the plugin's lets go of it,
 * so that its classes — and what they hold — can be collected.
 */
public record PluginStopped(String pluginId) {
}
