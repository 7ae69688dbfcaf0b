package io.tacitcrm.knowledge.ui;

import io.tacitcrm.api.Messages;
import java.util.Locale;

/** The plugin's own translations (English and Simplified Chinese), from its class loader. */
public final class Texts extends Messages {

    public Texts(Locale locale) {
        super("io.tacitcrm.knowledge.messages", locale, Texts.class.getClassLoader());
    }
}
