package io.tacitcrm.ui.agenda;

import io.tacitcrm.agenda.domain.ReminderSetting;
import java.time.ZoneId;
import java.util.Optional;

/** The user's reminder settings as edited: a zone (none: follow the browser) and the morning digest. */
public record ReminderPrefsForm(String timeZone, boolean digest) {

    static ReminderPrefsForm of(ReminderSetting setting) {
        return new ReminderPrefsForm(setting.timeZone().map(ZoneId::getId).orElse(null), setting.digest());
    }

    Optional<ZoneId> zone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }
}
