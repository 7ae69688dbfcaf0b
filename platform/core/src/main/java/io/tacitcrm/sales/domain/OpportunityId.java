package io.tacitcrm.sales.domain;

import java.util.Objects;
import java.util.UUID;

public record OpportunityId(UUID value) {

    public OpportunityId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
