package io.tacitcrm.agenda.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's reminder settings.
 *
 * @param timeZone     the zone the user's days are counted in, once known (set, or learnt from the browser)
 * @param digest       whether reminders are mailed every morning
 * @param digestSentOn the user's day the last digest went out
 */
public record ReminderSetting(Optional<ZoneId> timeZone, boolean digest, Optional<LocalDate> digestSentOn,
        long version) {

    public static final ReminderSetting NONE = new ReminderSetting(Optional.empty(), false, Optional.empty(), 0);

    public ReminderSetting {
        Objects.requireNonNull(timeZone);
        Objects.requireNonNull(digestSentOn);
    }

    /** The user's zone, or until it is known the likeliest for the user's language. */
    public ZoneId zoneOr(Locale locale) {
        return timeZone.orElseGet(() -> fallbackZone(locale));
    }

    public static ZoneId fallbackZone(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZoneId.of("Asia/Shanghai") : ZoneId.of("UTC");
    }
}
