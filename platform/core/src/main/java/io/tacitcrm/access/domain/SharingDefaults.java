package io.tacitcrm.access.domain;

import java.util.Optional;

/** The current tenant's org-wide defaults per object type. */
public interface SharingDefaults {

    /** The default of an object type; PRIVATE when none is stored. */
    OrgWideDefault of(String objectType);

    Optional<SharingDefault> find(String objectType);

    void add(SharingDefault sharingDefault);
}
