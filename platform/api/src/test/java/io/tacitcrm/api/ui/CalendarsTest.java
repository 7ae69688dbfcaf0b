package io.tacitcrm.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | December | Sunday | Mon | 0",
        "zh-CN | 十二月 | 星期日 | 周一 | 1",
        "de-DE | Dezember | Sonntag | Mo. | 1"})
    void months_and_days_are_named_in_the_language_and_the_week_starts_where_it_does_there(String tag,
            String december, String sunday, String monday, int firstDay) {
        DatePickerI18n calendar = Calendars.of(Locale.forLanguageTag(tag), "today", "cancel", "unreadable");
        assertEquals(12, calendar.getMonthNames().size());
        assertEquals(december, calendar.getMonthNames().getLast());
        assertEquals(sunday, calendar.getWeekdays().getFirst(), "counted from Sunday, as the picker does");
        assertEquals(monday, calendar.getWeekdaysShort().get(1));
        assertEquals(firstDay, calendar.getFirstDayOfWeek());
        assertEquals("today", calendar.getToday());
        assertEquals("cancel", calendar.getCancel());
        assertEquals("unreadable", calendar.getBadInputErrorMessage());
    }
}
