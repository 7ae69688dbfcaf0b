package io.tacitcrm.access.infrastructure;

import io.tacitcrm.access.domain.OrgWideDefault;
import io.tacitcrm.access.domain.SharingDefault;
import io.tacitcrm.access.domain.SharingDefaults;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

@ApplicationScoped
class JpaSharingDefaults implements SharingDefaults {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public OrgWideDefault of(String objectType) {
        return find(objectType).map(SharingDefault::access).orElse(OrgWideDefault.PRIVATE);
    }

    @Override
    public Optional<SharingDefault> find(String objectType) {
        return Optional.ofNullable(entityManagers.tenantData().find(SharingDefault.class, objectType));
    }

    @Override
    public void add(SharingDefault sharingDefault) {
        entityManagers.tenantData().persist(sharingDefault);
    }
}
