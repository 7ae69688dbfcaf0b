package io.tacitcrm.analytics.web;

import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.ForecastPeriod;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiProblem.FieldProblem;
import io.tacitcrm.api.web.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A request's query parameters, read and checked together: every fault is collected, and {@link #check()} answers
 * them all at once as one 422 problem with a line per field.
 */
final class Params {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final ApiRequest request;
    private final List<FieldProblem> problems = new ArrayList<>();

    Params(ApiRequest request) {
        this.request = request;
    }

    /** {@code from} and {@code to} (ISO days, both included), by default the last {@code days} days to today. */
    DateRange range(String fromName, String toName, int days, LocalDate today) {
        Optional<LocalDate> from = date(fromName);
        Optional<LocalDate> to = date(toName);
        LocalDate end = to.orElse(from.map(f -> f.plusDays(days - 1L)).filter(d -> d.isBefore(today)).orElse(today));
        LocalDate start = from.orElse(end.minusDays(days - 1L));
        if (end.isBefore(start)) {
            problems.add(new FieldProblem(toName, "range.reversed", "must not lie before " + fromName));
            return DateRange.last(days, today);
        }
        DateRange range = new DateRange(start, end);
        if (range.days() > DateRange.MAX_DAYS) {
            problems.add(new FieldProblem(toName, "range.too-long", "a range is at most " + DateRange.MAX_DAYS
                    + " days"));
            return DateRange.last(days, today);
        }
        return range;
    }

    Optional<LocalDate> date(String name) {
        Optional<String> text = text(name);
        try {
            Optional<LocalDate> date = text.map(LocalDate::parse);
            if (date.filter(d -> d.getYear() < 2000 || d.getYear() > 2100).isPresent()) {
                problems.add(new FieldProblem(name, "date.out-of-range", "must lie from 2000 to 2100"));
                return Optional.empty();
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "date.invalid", "must be a day as YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    Optional<UUID> id(String name) {
        try {
            return text(name).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, "id.invalid", "must be an id"));
            return Optional.empty();
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        Optional<String> text = text(name);
        try {
            return text.map(t -> Enum.valueOf(type, t.toUpperCase(Locale.ROOT))).orElse(fallback);
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            problems.add(new FieldProblem(name, "choice.invalid", "must be one of " + String.join(", ", allowed)));
            return fallback;
        }
    }

    ForecastPeriod period(String name, LocalDate today) {
        try {
            return text(name).map(ForecastPeriod::parse).orElse(ForecastPeriod.monthOf(today));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, "period.invalid", e.getMessage()));
            return ForecastPeriod.monthOf(today);
        }
    }

    String currency() {
        String code = text("currency").orElse("CNY");
        if (!code.matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("currency", "currency.invalid", "must be three capital letters, e.g. CNY"));
            return "CNY";
        }
        return code;
    }

    int limit() {
        try {
            int limit = text("limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("limit", "limit.invalid", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    /** Where the page starts: the offset an earlier page's {@code nextCursor} carries. */
    int offset() {
        Optional<String> cursor = text("cursor");
        if (cursor.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.get()), StandardCharsets.UTF_8);
            if (decoded.startsWith("o:")) {
                int offset = Integer.parseInt(decoded.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(new FieldProblem("cursor", "cursor.invalid", "is not a cursor this list gave out"));
        return 0;
    }

    static Optional<String> cursorAt(int offset, int size) {
        return offset >= size ? Optional.empty() : Optional.of(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8)));
    }

    void problem(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    /** Answers every fault found so far as one 422 problem. */
    void check() {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private Optional<String> text(String name) {
        return request.query(name).map(String::strip).filter(s -> !s.isEmpty());
    }
}
