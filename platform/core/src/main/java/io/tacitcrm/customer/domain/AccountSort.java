package io.tacitcrm.customer.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.util.Arrays;

/** The orders an account list can be read in. Each is a keyset order ending in the id, so paging is stable. */
public enum AccountSort {
    NEWEST("-createdAt"), OLDEST("createdAt"), NAME("name"), NAME_DESC("-name");

    private final String parameter;

    AccountSort(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code sort} query parameter. */
    public String parameter() {
        return parameter;
    }

    public static AccountSort fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("sort", "sort.invalid",
                        "must be one of createdAt, -createdAt, name, -name"));
    }
}
