package io.tacitcrm.analytics;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import io.tacitcrm.api.Messages;
import io.tacitcrm.api.ui.Calendars;
import java.util.Locale;

/** The module's own translations (English and Simplified Chinese). */
public final class Texts extends Messages {

    private final Locale locale;

    public Texts(Locale locale) {
        super(Texts.class, locale);
        this.locale = locale;
    }

    /** A date picker's calendar in this language and its week. */
    public DatePickerI18n calendar() {
        return Calendars.of(locale, get("date.today"), get("date.cancel"), get("date.invalid"));
    }
}
