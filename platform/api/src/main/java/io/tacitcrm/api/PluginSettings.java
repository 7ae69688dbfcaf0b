package io.tacitcrm.api;

import java.util.Optional;

/**
 * Small per-tenant settings of your plugin (key and value up to 4,000 characters), kept by the host. Settings your
 * module {@linkplain CrmModule#settings describes} are edited by the company's administrators on the settings page and
 * the API;
 * read them with {@link #value}, {@link #integer} or {@link #flag}. Undescribed keys are yours alone to
 * {@link #get}/{@link #put}.
 */
@Stable(since = "0.1")
public interface PluginSettings {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /**
     * A described setting's value: the one stored, or its default while none (or no longer a valid one) is. An
     * undescribed key gives its stored value, and an {@link IllegalArgumentException} when there is none.
     */
    @Beta
    default String value(String key) {
        return get(key).orElseThrow(() -> new IllegalArgumentException("no setting " + key));
    }

    /** {@link #value} of an {@link ModuleSetting.Kind#INTEGER} setting. */
    @Beta
    default long integer(String key) {
        return Long.parseLong(value(key).strip());
    }

    /** {@link #value} of a {@link ModuleSetting.Kind#FLAG} setting. */
    @Beta
    default boolean flag(String key) {
        return Boolean.parseBoolean(value(key));
    }
}
