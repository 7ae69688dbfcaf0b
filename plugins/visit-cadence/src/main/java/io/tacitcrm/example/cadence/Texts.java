package io.tacitcrm.example.cadence;

import io.tacitcrm.api.Messages;
import java.util.Locale;

/** The plugin's own texts (messages.properties, messages_zh_CN.properties), from its own class loader. */
public final class Texts extends Messages {

    public Texts(Locale locale) {
        super(Texts.class, locale);
    }
}
