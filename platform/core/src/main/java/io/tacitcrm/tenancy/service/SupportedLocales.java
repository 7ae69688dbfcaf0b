package io.tacitcrm.tenancy.service;

import java.util.List;
import java.util.Locale;

/** The languages Tacit speaks. Anything else falls back to English. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> ALL = List.of(ENGLISH, CHINESE);

    private SupportedLocales() {
    }

    /** Maps a language tag such as {@code zh}, {@code zh-CN} or {@code en-US} to a supported locale. */
    public static Locale resolve(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
