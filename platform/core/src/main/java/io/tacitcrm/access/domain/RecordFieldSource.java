package io.tacitcrm.access.domain;

import java.util.Map;
import java.util.UUID;

/**
 * The fields of a record that criteria-based sharing rules test, supplied by the feature that owns the object type
 * (accounts: region, industry, valueTier; fields read only when a criteria rule exists for the object type), and
 * whether
 * its owner's ownership has lapsed.
 */
public interface RecordFieldSource {

    String objectType();

    /** The record's fields by their criteria names; absent fields are left out. */
    Map<String, String> fieldsOf(UUID recordId);

    /**
     * True when the owner no longer holds the record as owner (a customer in the public pool): only others' grants
     * count.
     */
    default boolean ownerLapsed(UUID recordId) {
        return false;
    }
}
