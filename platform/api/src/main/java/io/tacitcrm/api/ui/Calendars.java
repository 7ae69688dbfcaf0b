package io.tacitcrm.api.ui;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import io.tacitcrm.api.Beta;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The calendar of a date picker in the user's language and week. Vaadin's picker formats the date by its locale but
 * names months and days, and labels its buttons, in English whatever the locale, and starts every week on Sunday.
 * The names come from the JDK's locale data; the buttons' words are yours, from your translations.
 *
 * <pre>{@code
 * picker.setI18n(Calendars.of(context.locale(), texts.get("date.today"), texts.get("date.cancel"),
 *         texts.get("date.invalid")));
 * }</pre>
 */
@Beta
public final class Calendars {

    private Calendars() {
    }

    /**
     * @param today the button that goes to today's date
     * @param cancel the button that closes the calendar
     * @param unreadable the error shown for typed text that is no date
     */
    public static DatePickerI18n of(Locale locale, String today, String cancel, String unreadable) {
        // the picker counts its weekdays from Sunday, as JavaScript does
        List<DayOfWeek> fromSunday = Stream.iterate(DayOfWeek.SUNDAY, day -> day.plus(1)).limit(7).toList();
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(today)
                .setCancel(cancel)
                .setBadInputErrorMessage(unreadable);
    }
}
