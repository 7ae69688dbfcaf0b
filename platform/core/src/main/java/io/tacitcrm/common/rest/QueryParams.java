package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** Optional query parameters: blank is absent, malformed is a field error naming the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    public static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    public static Optional<UUID> id(String name, String value) {
        return text(value).map(v -> Ids.parse(name, v));
    }

    public static Optional<Instant> instant(String name, String value) {
        return text(value).map(v -> {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(name, "datetime.invalid",
                        "must be a date and time with offset, e.g. 2026-11-27T00:00:00+08:00");
            }
        });
    }

    public static Optional<LocalDate> date(String name, String value) {
        return text(value).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(name, "date.invalid", "must be a date such as 2026-11-27");
            }
        });
    }

    /** A time zone such as Asia/Shanghai; UTC when none is given. */
    public static ZoneId zone(String name, String value) {
        return text(value).map(v -> {
            try {
                return ZoneId.of(v);
            } catch (DateTimeException e) {
                throw InvalidInputException.of(name, "zone.invalid", "must be a time zone such as Asia/Shanghai");
            }
        }).orElse(ZoneOffset.UTC);
    }
}
