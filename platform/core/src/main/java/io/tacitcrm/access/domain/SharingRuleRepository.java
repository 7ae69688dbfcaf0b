package io.tacitcrm.access.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's sharing rules: a few dozen at most, read for every list and access check. */
public interface SharingRuleRepository {

    /** Every rule, by name. */
    List<SharingRule> all();

    List<SharingRule> forObject(String objectType);

    Optional<SharingRule> find(UUID id);

    /** The rules whose source or grantee is the given role, team or user. */
    List<SharingRule> naming(UUID sourceOrGrantee);

    void add(SharingRule rule);

    void remove(SharingRule rule);
}
