package io.tacitcrm.access.domain;

import java.util.Map;
import java.util.UUID;

/**
 * The fields of a record that criteria-based sharing rules test, supplied by the feature that owns the object type
 * (accounts: region, industry, valueTier). Read only when a criteria rule exists for the object type.
 */
public interface RecordFieldSource {

    String objectType();

    /** The record's fields by their criteria names; absent fields are left out. */
    Map<String, String> fieldsOf(UUID recordId);
}
