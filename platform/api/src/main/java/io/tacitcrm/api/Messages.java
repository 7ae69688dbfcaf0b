package io.tacitcrm.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Your plugin's own translations — {@code messages.properties}, {@code messages_zh_CN.properties} … — read from
 * your plugin's class loader, never the host's. A key that is missing shows as itself: a gap is visible, never an
 * error. Patterns are formatted (MessageFormat, the user's locale) only when arguments are given, so a text without
 * arguments is shown exactly as written. Extend it once per plugin:
 *
 * <pre>{@code
 * final class Texts extends Messages {
 *     Texts(Locale locale) {
 *         super(Texts.class, locale); // <your package>/messages*.properties
 *     }
 * }
 * }</pre>
 *
 * @since 0.3
 */
@Beta
public class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    /** The bundle {@code messages} in the package of {@code anchor}, from {@code anchor}'s class loader. */
    protected Messages(Class<?> anchor, Locale locale) {
        this(anchor.getPackageName() + ".messages", locale, anchor.getClassLoader());
    }

    /** A bundle by its full base name, e.g. {@code com.example.crm.messages}, from {@code loader}. */
    protected Messages(String baseName, Locale locale, ClassLoader loader) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public Locale locale() {
        return locale;
    }
}
