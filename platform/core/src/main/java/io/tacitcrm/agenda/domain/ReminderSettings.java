package io.tacitcrm.agenda.domain;

import io.tacitcrm.identity.domain.UserId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The users' reminder settings in the request's workspace. */
public interface ReminderSettings {

    ReminderSetting find(UserId user);

    /** Saves a user's zone and digest choice if the settings are still at {@code expectedVersion}. */
    boolean save(UserId user, Optional<ZoneId> zone, boolean digest, long expectedVersion);

    /** Keeps {@code zone} as the user's unless one is set already. */
    void learnZone(UserId user, ZoneId zone);

    /** The users who asked for a morning digest, with their settings. */
    List<Subscriber> digestSubscribers();

    /** Marks today's digest as sent, unless it already was (by another server): whether this call did. */
    boolean claimDigest(UserId user, LocalDate today);

    /** A user who asked for the digest, with the language their zone falls back to. */
    record Subscriber(UserId user, ReminderSetting setting, Locale locale) {

        public ZoneId zone() {
            return setting.zoneOr(locale);
        }
    }
}
