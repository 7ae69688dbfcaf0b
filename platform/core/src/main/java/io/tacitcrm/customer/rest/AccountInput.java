package io.tacitcrm.customer.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.CompanySize;
import io.tacitcrm.customer.domain.ValueTier;
import io.tacitcrm.customer.service.AccountChange;
import io.tacitcrm.identity.domain.UserId;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The writable fields of an account as a client sends them. Anything else in the body (ids, tenant, timestamps) is
 * ignored: the tenant and the creator always come from the caller.
 */
public record AccountInput(String name, String industry, String region, String size, String valueTier, String website,
                           String phone, String ownerId) {

    private static final List<String> FIELDS = List.of("name", "industry", "region", "size", "valueTier", "website",
            "phone", "ownerId");

    static AccountInput from(AccountJson current) {
        return new AccountInput(current.name(), current.industry(), current.region(), current.size(),
                current.valueTier(), current.website(), current.phone(), null);
    }

    /** JSON merge patch (RFC 7386): a field present replaces the value, {@code null} clears it, absent keeps it. */
    AccountInput merge(JsonObject patch) {
        MergePatch.requireOnly(patch, FIELDS);
        List<FieldError> errors = new ArrayList<>();
        String[] values = {name, industry, region, size, valueTier, website, phone, ownerId};
        for (int i = 0; i < FIELDS.size(); i++) {
            String field = FIELDS.get(i);
            if (!patch.containsKey(field)) {
                continue;
            }
            JsonValue value = patch.get(field);
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                values[i] = null;
            } else if (value instanceof JsonString text) {
                values[i] = text.getString();
            } else {
                errors.add(new FieldError(field, "type", "must be a string or null"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AccountInput(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
    }

    AccountChange toChange() {
        List<FieldError> errors = new ArrayList<>();
        Optional<CompanySize> parsedSize = BodyFields.parse(errors, "size", size, CompanySize.class);
        Optional<ValueTier> parsedTier = BodyFields.parse(errors, "valueTier", valueTier, ValueTier.class);
        Optional<UserId> owner = Optional.empty();
        if (ownerId != null && !ownerId.isBlank()) {
            try {
                owner = Optional.of(new UserId(UUID.fromString(ownerId.strip())));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("ownerId", "id.invalid", "must be a user id"));
            }
        }
        AccountDetails details = null;
        try {
            details = new AccountDetails(name, Optional.ofNullable(industry), Optional.ofNullable(region), parsedSize,
                    parsedTier, Optional.ofNullable(website), Optional.ofNullable(phone));
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AccountChange(details, owner);
    }
}
