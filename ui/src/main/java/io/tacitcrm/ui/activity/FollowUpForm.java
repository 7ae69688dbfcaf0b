package io.tacitcrm.ui.activity;

import io.tacitcrm.activity.domain.ActivityDetails;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.service.NewActivity;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.sales.domain.ActivityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** A follow-up or visit to plan: the customer, what, when (in the user's zone) and a subject. */
public record FollowUpForm(@NotNull(message = "{tacit.required}") AccountView accountId,
                           @NotNull(message = "{tacit.required}") ActivityType type,
                           @NotNull(message = "{tacit.required}") LocalDateTime occurredAt,
                           @NotBlank(message = "{tacit.required}") String subject) {

    static FollowUpForm tomorrowMorning(ZoneId zone) {
        return new FollowUpForm(null, ActivityType.VISIT, LocalDateTime.now(zone).toLocalDate().plusDays(1)
                .atTime(9, 0), "");
    }

    NewActivity planned(ZoneId zone) {
        ActivityDetails details = new ActivityDetails(type, ActivityStatus.PLANNED, subject, Optional.empty(),
                Optional.empty(), occurredAt.atZone(zone).toInstant(), Optional.empty());
        return new NewActivity(details, Optional.of(accountId.id()), Optional.empty(), Optional.empty(),
                Optional.of(zone));
    }
}
