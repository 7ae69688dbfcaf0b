package io.tacitcrm.ui.shell;

import io.tacitcrm.plugin.service.CodeLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/** The screens' translations as words for the plugin host's labels. */
@ApplicationScoped
public class TranslatedCodeLabels implements CodeLabels {

    // the provider itself is a Vaadin-qualified bean; its lookups are stateless, so one of our own serves
    private final Translations translations = new Translations();

    @Override
    public Optional<String> label(String key, Locale locale) {
        return Optional.of(translations.getTranslation(key, locale)).filter(text -> !text.startsWith("!"));
    }
}
