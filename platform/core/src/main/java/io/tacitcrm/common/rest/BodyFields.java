package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.FieldError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;

/**
 * Values in request bodies: blank is absent; anything malformed is a field error, collected so all are reported at
 * once.
 */
public final class BodyFields {

    private BodyFields() {
    }

    public static <E extends Enum<E>> Optional<E> parse(List<FieldError> errors, String field, String value,
            Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "enum", "must be one of " + Arrays.toString(type.getEnumConstants())));
            return Optional.empty();
        }
    }

    /** An id field: empty when blank, a field error when it is not an id. */
    public static Optional<UUID> id(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Ids.parse(field, value));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return Optional.empty();
        }
    }

    /** A date and time with offset ({@code 2026-11-27T09:30:00+08:00}): empty when blank, else a field error. */
    public static Optional<Instant> instant(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "datetime.invalid",
                    "must be a date and time with offset, e.g. 2026-11-27T09:30:00+08:00"));
            return Optional.empty();
        }
    }
}
