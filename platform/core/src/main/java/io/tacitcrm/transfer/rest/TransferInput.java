package io.tacitcrm.transfer.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.transfer.domain.TransferCriteria;
import io.tacitcrm.transfer.domain.TransferPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code {criteria:{accountIds[], ownerIds[], regions[], industries[], valueTiers[], untouchedDays}, toUserId,
 * include:{openOpportunities, openActivities}, coOwnershipDays, note}} as a client sends it (the preview reads the same
 * shape and ignores what it does not need).
 */
public record TransferInput(CriteriaInput criteria, String toUserId, IncludeInput include, Integer coOwnershipDays,
        String note) {

    public record CriteriaInput(List<String> accountIds, List<String> ownerIds, List<String> regions,
            List<String> industries,
                                List<String> valueTiers, Integer untouchedDays) {
    }

    public record IncludeInput(Boolean openOpportunities, Boolean openActivities) {
    }

    TransferPlan toPlan() {
        List<FieldError> errors = new ArrayList<>();
        CriteriaInput c = criteria == null ? new CriteriaInput(null, null, null, null, null, null) : criteria;
        List<UUID> accounts = ids(errors, "criteria.accountIds", c.accountIds());
        List<UUID> owners = ids(errors, "criteria.ownerIds", c.ownerIds());
        List<String> tiers = texts(c.valueTiers());
        tiers.stream().filter(t -> !List.of("A", "B", "C").contains(t)).findFirst()
                .ifPresent(t -> errors.add(new FieldError("criteria.valueTiers", "enum", "must be A, B or C")));
        if (accounts.size() > 50_000) {
            errors.add(new FieldError("criteria.accountIds", "size", "at most 50000 ids"));
        }
        Optional<UUID> to = BodyFields.id(errors, "toUserId", toUserId);
        if (to.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("toUserId"))) {
            errors.add(new FieldError("toUserId", "required", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        IncludeInput i = include == null ? new IncludeInput(true, true) : include;
        return new TransferPlan(new TransferCriteria(accounts, owners, texts(c.regions()), texts(c.industries()), tiers,
                Optional.ofNullable(c.untouchedDays())), new UserId(to.get()),
                !Boolean.FALSE.equals(i.openOpportunities()), !Boolean.FALSE.equals(i.openActivities()),
                coOwnershipDays == null ? 0 : coOwnershipDays, Optional.ofNullable(note).map(String::strip).filter(n
                        -> !n.isEmpty()));
    }

    private static List<UUID> ids(List<FieldError> errors, String field, List<String> values) {
        List<UUID> ids = new ArrayList<>();
        List<String> given = values == null ? List.of() : values;
        for (int i = 0; i < given.size(); i++) {
            BodyFields.id(errors, field + "[" + i + "]", given.get(i)).ifPresent(ids::add);
        }
        return ids;
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
