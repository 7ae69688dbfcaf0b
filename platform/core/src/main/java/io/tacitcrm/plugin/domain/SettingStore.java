package io.tacitcrm.plugin.domain;

import java.util.Map;

/** The current tenant's stored plugin settings, written in the request's transaction (a change is all or nothing). */
public interface SettingStore {

    Map<String, String> all(String pluginId);

    void put(String pluginId, String key, String value);

    void remove(String pluginId, String key);
}
