package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.UserId;
import java.util.Objects;
import java.util.UUID;

/**
 * A record as access sees it: its kind ({@code account}, {@code opportunity}), its id and its owner. Each feature makes
 * them from its own records, so access needs to know none of them.
 */
public record RecordRef(String objectType, UUID id, UserId owner) {

    public RecordRef {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
    }
}
