package io.tacitcrm.common.domain;

import java.util.Optional;

/**
 * The version a caller read before editing (from {@code If-Match} or a form). Empty means "whatever is current".
 */
public record ExpectedVersion(Optional<Long> value) {

    public static ExpectedVersion any() {
        return new ExpectedVersion(Optional.empty());
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Optional.of(version));
    }

    /** Throws when the caller's version is not the stored one. */
    public void check(long current, String entity) {
        if (value.isPresent() && value.get() != current) {
            throw new StaleVersionException(entity);
        }
    }
}
