package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A record as access sees it: its kind ({@code account}, {@code opportunity}), its id, its owner, whether the owner's
 * hold has lapsed (a customer in the public pool: only others' grants count), and the fields criteria-based sharing
 * rules test, by their criteria names ({@link CriteriaField}). Each feature makes them from its own records — already
 * loaded — so access needs to know none of them and reads none of them again.
 */
public record RecordRef(String objectType, UUID id, UserId owner, boolean ownerLapsed, Map<String, String> fields) {

    public RecordRef {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        fields = Map.copyOf(fields);
    }

    /** A record whose owner holds it and that no criteria rule tests. */
    public static RecordRef owned(String objectType, UUID id, UserId owner) {
        return new RecordRef(objectType, id, owner, false, Map.of());
    }
}
