package io.tacitcrm.plugin.service;

import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.domain.SettingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings a switched-on module describes, for the settings page and the API: read with their defaults, changed
 * all or nothing after every value passed its description's rules and the caller holds the permission each names.
 */
@ApplicationScoped
@Transactional
public class ModuleSettings {

    private final PluginEnablement enablement;
    private final PluginCatalog catalog;
    private final PluginCalls calls;
    private final SettingStore store;
    private final CurrentPrincipal caller;
    private final Audit audit;

    @Inject
    public ModuleSettings(PluginEnablement enablement, PluginCatalog catalog, PluginCalls calls,
            SettingStore store, CurrentPrincipal caller, Audit audit) {
        this.enablement = enablement;
        this.catalog = catalog;
        this.calls = calls;
        this.store = store;
        this.caller = caller;
        this.audit = audit;
    }

    /** For CDI's proxy only. */
    protected ModuleSettings() {
        this(null, null, null, null, null, null);
    }

    /** The module's described settings with their values; 404 for a module the company has not switched on. */
    public List<SettingValue> read(String pluginId) {
        Principal me = caller.require();
        List<ModuleSetting> described = described(pluginId, me.locale());
        Map<String, String> stored = store.all(pluginId);
        return described.stream().map(s -> value(s, stored, me)).toList();
    }

    /**
     * Sets the given settings (an empty value puts one back to its default) and answers them all afresh. Unknown keys
     * and bad values are field errors (422, all of them at once); a setting the caller may not change is 403.
     */
    public List<SettingValue> change(String pluginId, Map<String, Optional<String>> changes) {
        Principal me = caller.require();
        Map<String, ModuleSetting> described = new LinkedHashMap<>();
        described(pluginId, me.locale()).forEach(s -> described.put(s.key(), s));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Optional<String>> accepted = new TreeMap<>();
        changes.forEach((key, value) -> {
            ModuleSetting setting = described.get(key);
            if (setting == null) {
                errors.add(new FieldError(key, "setting.unknown", "is not a setting of this module"));
                return;
            }
            Optional<String> normal = value.map(v -> setting.kind() == ModuleSetting.Kind.INTEGER ? v.strip() : v);
            normal.flatMap(setting::problem).ifPresentOrElse(code -> errors.add(new FieldError(key, code,
                    message(setting, code))), () -> accepted.put(key, normal));
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        accepted.keySet().stream().map(described::get).filter(s -> !me.has(s.changedBy())).findFirst()
                .ifPresent(s -> {
                    throw new AccessDeniedException(s.changedBy());
                });
        accepted.forEach((key, value) -> value.ifPresentOrElse(v -> store.put(pluginId, key, v),
                () -> store.remove(pluginId, key)));
        if (!accepted.isEmpty()) {
            audit.recordWithoutEntity("PLUGIN_SETTINGS", "plugin", pluginId + " " + accepted.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().orElse("(default)")).toList());
        }
        Map<String, String> stored = store.all(pluginId);
        return described.values().stream().map(s -> value(s, stored, me)).toList();
    }

    /** What a switched-on module describes, in the caller's language. */
    private List<ModuleSetting> described(String pluginId, Locale locale) {
        if (!enablement.isEnabled(pluginId)) {
            throw new NotFoundException("plugin");
        }
        return catalog.module(pluginId).stream()
                .flatMap(m -> PluginEnablement.done(calls.call(pluginId, "settings", () -> m.settings(locale)))
                        .orElse(List.of()).stream()).toList();
    }

    private static SettingValue value(ModuleSetting setting, Map<String, String> stored, Principal me) {
        Optional<String> value = Optional.ofNullable(stored.get(setting.key()))
                .filter(v -> setting.problem(v).isEmpty());
        return new SettingValue(setting, value.orElse(setting.defaultValue()), value.isPresent(),
                me.has(setting.changedBy()));
    }

    private static String message(ModuleSetting setting, String code) {
        return switch (code) {
            case "setting.not-integer" -> "must be a whole number";
            case "setting.out-of-range" -> "must be from " + setting.min() + " to " + setting.max();
            case "setting.too-long" -> "must be at most " + setting.max() + " characters";
            case "setting.too-short" -> "must be at least " + setting.min() + " characters";
            case "setting.not-flag" -> "must be true or false";
            case "setting.not-a-choice" -> "must be one of " + String.join(", ", setting.values());
            default -> "is not a value of this setting";
        };
    }
}
