package io.tacitcrm.sales.domain;

import java.util.Arrays;
import java.util.Optional;

/** Opportunity fields a stage may require to be filled before an opportunity enters it. */
public enum OpportunityField {
    AMOUNT("amount"), CLOSE_DATE("closeDate"), PRIMARY_CONTACT("primaryContactId"), NEXT_STEP("nextStep");

    private final String jsonName;

    OpportunityField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The field's name in the API, also used in requirement lists. */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<OpportunityField> fromJsonName(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }
}
