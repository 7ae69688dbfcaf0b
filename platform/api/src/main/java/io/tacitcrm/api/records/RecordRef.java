package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.Objects;
import java.util.UUID;

/** A reference to one CRM record. */
@Stable(since = "0.1")
public record RecordRef(RecordType type, UUID id) {

    public RecordRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
