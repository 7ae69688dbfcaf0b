package io.tacitcrm.ui.settings;

import io.tacitcrm.identity.service.PersonalTokenRequest;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** What the new-token form edits: a name and, optionally, the last day the token works (in the user's zone). */
public record TokenForm(@NotBlank(message = "{tacit.required}") String name, LocalDate lastDay) {

    static TokenForm blank() {
        return new TokenForm("", null);
    }

    /** The token stops at the end of its last day where the user is. */
    PersonalTokenRequest request(ZoneId zone) {
        return new PersonalTokenRequest(name, Optional.ofNullable(lastDay)
                .map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()));
    }
}
