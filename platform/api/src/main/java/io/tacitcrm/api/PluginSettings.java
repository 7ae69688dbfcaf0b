package io.tacitcrm.api;

import java.util.Optional;

/** Small per-tenant settings of your plugin (key and value up to 4,000 characters), kept by the host. */
@Stable(since = "0.1")
public interface PluginSettings {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);
}
