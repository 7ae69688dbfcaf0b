package io.tacitcrm.ops.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an operator. */
public record OperatorId(UUID value) {

    public OperatorId {
        Objects.requireNonNull(value, "value");
    }
}
