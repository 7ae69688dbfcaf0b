package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The calendar of a date picker in the user's language and week. Vaadin's picker formats the date by locale but names
 * months and days, and labels its buttons, in English whatever the locale; the names come from the JDK's locale
 * data, the buttons' words from our translations.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker localized(DatePicker picker) {
        picker.setI18n(calendar(picker, picker.getLocale()));
        return picker;
    }

    public static DateTimePicker localized(DateTimePicker picker) {
        picker.setDatePickerI18n(calendar(picker, picker.getLocale()));
        return picker;
    }

    private static DatePickerI18n calendar(Component anchor, Locale locale) {
        // the picker counts its weekdays from Sunday, as JavaScript does
        List<DayOfWeek> fromSunday = Stream.iterate(DayOfWeek.SUNDAY, day -> day.plus(1)).limit(7).toList();
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(anchor.getTranslation("date.today"))
                .setCancel(anchor.getTranslation("action.cancel"))
                .setBadInputErrorMessage(anchor.getTranslation("error.date.invalid"));
    }
}
