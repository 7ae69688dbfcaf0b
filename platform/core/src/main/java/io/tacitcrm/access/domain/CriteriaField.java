package io.tacitcrm.access.domain;

import java.util.Arrays;
import java.util.Optional;

/** The account fields a criteria-based sharing rule may test (by their names in the REST contract and in JPQL). */
public enum CriteriaField {
    REGION("region"), INDUSTRY("industry"), VALUE_TIER("valueTier");

    private final String field;

    CriteriaField(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static Optional<CriteriaField> named(String field) {
        return Arrays.stream(values()).filter(f -> f.field.equals(field)).findFirst();
    }
}
