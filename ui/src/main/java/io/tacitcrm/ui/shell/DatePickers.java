package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import io.tacitcrm.api.ui.Calendars;
import java.util.Locale;

/**
 * The host's date pickers, with their calendar in the user's language and week ({@link Calendars}). The only place
 * that creates one: Vaadin's own speaks English whatever the locale ({@code LayerRulesTest} keeps it so).
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker date() {
        return localized(new DatePicker());
    }

    public static DatePicker date(String label) {
        return localized(new DatePicker(label));
    }

    public static DateTimePicker dateTime() {
        return localized(new DateTimePicker());
    }

    public static DateTimePicker dateTime(String label) {
        return localized(new DateTimePicker(label));
    }

    private static DatePicker localized(DatePicker picker) {
        picker.setI18n(calendar(picker, picker.getLocale()));
        return picker;
    }

    private static DateTimePicker localized(DateTimePicker picker) {
        picker.setDatePickerI18n(calendar(picker, picker.getLocale()));
        return picker;
    }

    private static DatePickerI18n calendar(Component anchor, Locale locale) {
        return Calendars.of(locale, anchor.getTranslation("date.today"), anchor.getTranslation("action.cancel"),
                anchor.getTranslation("error.date.invalid"));
    }
}
