package io.tacitcrm.ui.shell;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import io.tacitcrm.tenancy.service.SupportedLocales;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Every UI string, in English and Simplified Chinese ({@code vaadin-i18n/translations*.properties}, UTF-8). Any
 * Chinese variant reads the Simplified Chinese texts; every other language reads English. (vaadin-cdi uses a provider
 * bean only when it is {@link VaadinServiceEnabled}; otherwise its default provider would offer Chinese alone.)
 */
@ApplicationScoped
@VaadinServiceEnabled
public class Translations implements I18NProvider {

    private static final Logger LOG = Logger.getLogger(Translations.class.getName());
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = SupportedLocales.isChinese(locale) ? SupportedLocales.CHINESE : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, Translations.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                            .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing translation '" + key + "' for " + supported);
            return "!" + key;
        }
    }
}
