package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.OrgWideDefault;
import io.tacitcrm.access.domain.SharingDefault;
import io.tacitcrm.tenancy.service.TenantProvisioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.tacitcrm.common.infrastructure.TransactionEntityManagers;
import jakarta.persistence.EntityManager;

/** New tenants start PRIVATE: a rep sees their own customers, superiors see their subtree's. */
@ApplicationScoped
public class DefaultSharing {

    @Inject
    TransactionEntityManagers entityManagers;

    void install(@Observes TenantProvisioned tenant) {
        em().persist(new SharingDefault("account", OrgWideDefault.PRIVATE));
        em().persist(new SharingDefault("opportunity", OrgWideDefault.PRIVATE));
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
