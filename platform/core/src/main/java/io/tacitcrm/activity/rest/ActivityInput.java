package io.tacitcrm.activity.rest;

import io.tacitcrm.activity.domain.ActivityDetails;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.domain.GeoPoint;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.activity.service.NewActivity;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.OpportunityId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A footprint as a client sends it. The owner is always the caller and the stage is taken from the opportunity. */
public record ActivityInput(String type, String status, String subject, String notes, String outcome, String occurredAt,
                            Integer durationMinutes, String accountId, String contactId, String opportunityId,
                            LocationJson location) {

    /** What a merge patch may change: a footprint stays on its customer and deal. */
    static final List<String> PATCHABLE = MergePatch.fieldsOf(ActivityPatch.class);

    static ActivityInput of(ActivityView v) {
        var d = v.details();
        return new ActivityInput(d.type().name(), d.status().name(), d.subject(), d.notes().orElse(null),
                d.outcome().orElse(null), d.occurredAt().toString(), d.durationMinutes().orElse(null),
                v.links().account().toString(), v.links().contact().map(Object::toString).orElse(null),
                v.links().opportunity().map(Object::toString).orElse(null),
                d.location().map(LocationJson::of).orElse(null));
    }

    NewActivity toNew(Optional<ZoneId> zone) {
        List<FieldError> errors = new ArrayList<>();
        Optional<UUID> account = BodyFields.id(errors, "accountId", accountId);
        Optional<UUID> contact = BodyFields.id(errors, "contactId", contactId);
        Optional<UUID> opportunity = BodyFields.id(errors, "opportunityId", opportunityId);
        ActivityDetails details = details(errors);
        return new NewActivity(details, account.map(AccountId::new), contact.map(ContactId::new),
                opportunity.map(OpportunityId::new), zone);
    }

    ActivityService.Edit toEdit(Optional<ZoneId> zone) {
        List<FieldError> errors = new ArrayList<>();
        Optional<UUID> contact = BodyFields.id(errors, "contactId", contactId);
        return new ActivityService.Edit(details(errors), contact.map(ContactId::new), zone);
    }

    /** Parses and checks the details; throws every error found so far together with the details' own. */
    private ActivityDetails details(List<FieldError> errors) {
        Optional<ActivityType> parsedType = BodyFields.parse(errors, "type", type, ActivityType.class);
        Optional<ActivityStatus> parsedStatus = BodyFields.parse(errors, "status", status, ActivityStatus.class);
        Optional<Instant> at = BodyFields.instant(errors, "occurredAt", occurredAt);
        Optional<GeoPoint> where = LocationJson.point(errors, location);
        try {
            ActivityDetails details = new ActivityDetails(parsedType.orElse(null), parsedStatus.orElse(null), subject,
                    Optional.ofNullable(notes), Optional.ofNullable(outcome), at.orElse(null),
                            Optional.ofNullable(durationMinutes), where);
            if (errors.isEmpty()) {
                return details;
            }
        } catch (InvalidInputException e) {
            e.errors().stream().filter(fe -> errors.stream().noneMatch(x -> x.field().equals(fe.field())))
                    .forEach(errors::add);
        }
        throw new InvalidInputException(errors);
    }
}
