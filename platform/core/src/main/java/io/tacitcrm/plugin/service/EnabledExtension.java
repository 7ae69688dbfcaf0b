package io.tacitcrm.plugin.service;

/** An extension of a plugin the current tenant enabled, with the plugin's id (for guarded calls and error panels). */
public record EnabledExtension<T>(String pluginId, T extension) {
}
