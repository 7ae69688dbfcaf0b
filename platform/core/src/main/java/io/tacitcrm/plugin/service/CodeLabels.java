package io.tacitcrm.plugin.service;

import java.util.Locale;
import java.util.Optional;

/**
 * The application's words for a message key in a language (the screens' translations); provided by the web module. The
 * plugin host turns them into {@link io.tacitcrm.api.Labels} for plugins.
 */
public interface CodeLabels {

    Optional<String> label(String key, Locale locale);
}
