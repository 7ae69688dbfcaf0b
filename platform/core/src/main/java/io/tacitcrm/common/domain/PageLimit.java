package io.tacitcrm.common.domain;

/** How many rows a page may hold: 1 to 200, 50 when the caller does not say. */
public record PageLimit(int value) {

    public static final int MAX = 200;
    public static final PageLimit DEFAULT = new PageLimit(50);

    public PageLimit {
        if (value < 1 || value > MAX) {
            throw InvalidInputException.of("limit", "limit.range", "must be between 1 and " + MAX);
        }
    }

    /** The limit as a query parameter: the default when absent, a field error when it is not a whole number. */
    public static PageLimit of(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT;
        }
        try {
            return new PageLimit(Integer.parseInt(requested.strip()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("limit", "limit.invalid", "must be a whole number between 1 and " + MAX);
        }
    }

    /** A limit from code that asked for any number: brought into 1 to {@value #MAX} rather than refused. */
    public static PageLimit clamped(int requested) {
        return new PageLimit(Math.clamp(requested, 1, MAX));
    }

    /** The limit a client asked for, or the default when it did not ask. */
    public static PageLimit of(Integer requested) {
        return requested == null ? DEFAULT : new PageLimit(requested);
    }
}
