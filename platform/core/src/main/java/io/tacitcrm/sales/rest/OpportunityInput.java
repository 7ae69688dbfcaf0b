package io.tacitcrm.sales.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityDetails;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.sales.service.NewOpportunity;
import io.tacitcrm.sales.service.OpportunityView;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An opportunity as a client sends it. The stage is set at creation only; later it moves through
 * {@code POST /opportunities/{id}/stage}, where its requirements are checked.
 */
public record OpportunityInput(String accountId, String name, BigDecimal amount, String currency, String stageId,
                               String closeDate, String primaryContactId, String nextStep, String ownerId) {

    /** What a merge patch may change; the stage moves through its own endpoint, the account never. */
    static final List<String> PATCHABLE = MergePatch.fieldsOf(OpportunityPatch.class);

    /** The new owner a patch names, if any. */
    static Optional<UserId> owner(JsonObject patch) {
        if (!(patch.get("ownerId") instanceof JsonString id)) {
            if (patch.containsKey("ownerId") && patch.get("ownerId").getValueType() != JsonValue.ValueType.NULL) {
                throw InvalidInputException.of("ownerId", "type", "must be text");
            }
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<UUID> owner = BodyFields.id(errors, "ownerId", id.getString());
        TextRules.throwIfAny(errors);
        return owner.map(UserId::new);
    }

    static OpportunityInput of(OpportunityView v) {
        var d = v.details();
        return new OpportunityInput(v.account().toString(), d.name(), d.amount().orElse(null), d.currency(), null,
                d.closeDate().map(LocalDate::toString).orElse(null), d.primaryContact().map(Object::toString)
                        .orElse(null), d.nextStep().orElse(null), null);
    }

    NewOpportunity toNew() {
        List<FieldError> errors = new ArrayList<>();
        Optional<UUID> account = BodyFields.id(errors, "accountId", accountId);
        if (account.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("accountId", "required", "must name the opportunity's account"));
        }
        Optional<UUID> stage = BodyFields.id(errors, "stageId", stageId);
        Optional<UUID> owner = BodyFields.id(errors, "ownerId", ownerId);
        OpportunityDetails details = details(errors);
        return new NewOpportunity(new AccountId(account.orElseThrow()), details, stage.map(StageId::new),
                owner.map(UserId::new));
    }

    OpportunityDetails details() {
        return details(new ArrayList<>());
    }

    private OpportunityDetails details(List<FieldError> errors) {
        Optional<UUID> contact = BodyFields.id(errors, "primaryContactId", primaryContactId);
        Optional<LocalDate> close = Optional.empty();
        if (closeDate != null && !closeDate.isBlank()) {
            try {
                close = Optional.of(LocalDate.parse(closeDate.strip()));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("closeDate", "date.invalid", "must be a date such as 2026-12-31"));
            }
        }
        try {
            OpportunityDetails details = new OpportunityDetails(name, Optional.ofNullable(amount),
                    currency == null || currency.isBlank() ? "CNY" : currency, close, contact.map(ContactId::new),
                    Optional.ofNullable(nextStep));
            if (errors.isEmpty()) {
                return details;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
