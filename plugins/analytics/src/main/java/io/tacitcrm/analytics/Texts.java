package io.tacitcrm.analytics;

import io.tacitcrm.api.Messages;
import java.util.Locale;

/** The module's own translations (English and Simplified Chinese). */
public final class Texts extends Messages {

    public Texts(Locale locale) {
        super(Texts.class, locale);
    }
}
