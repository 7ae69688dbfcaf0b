package io.tacitcrm.plugin.service;

import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.api.PluginSettings;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A plugin's settings, with the defaults (and rules) of those its module describes. */
record HostSettings(PluginSettings stored, Supplier<List<ModuleSetting>> described) implements PluginSettings {

    @Override
    public Optional<String> get(String key) {
        return stored.get(key);
    }

    @Override
    public void put(String key, String value) {
        stored.put(key, value);
    }

    @Override
    public void remove(String key) {
        stored.remove(key);
    }

    @Override
    public String value(String key) {
        Optional<ModuleSetting> setting = described.get().stream().filter(s -> s.key().equals(key)).findFirst();
        if (setting.isEmpty()) {
            return PluginSettings.super.value(key);
        }
        return stored.get(key).filter(v -> setting.get().problem(v).isEmpty()).orElse(setting.get().defaultValue());
    }
}
