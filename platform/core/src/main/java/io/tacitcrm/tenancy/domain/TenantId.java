package io.tacitcrm.tenancy.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a tenant (one company's workspace). */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
