package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.OrgWideDefault;
import io.tacitcrm.access.domain.SharingDefault;
import io.tacitcrm.access.domain.SharingDefaults;
import io.tacitcrm.tenancy.service.TenantProvisioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** New tenants start PRIVATE: a rep sees their own customers, superiors see their subtree's. */
@ApplicationScoped
public class DefaultSharing {

    private final SharingDefaults defaults;

    @Inject
    public DefaultSharing(SharingDefaults defaults) {
        this.defaults = defaults;
    }

    /** For CDI's proxy only. */
    protected DefaultSharing() {
        this(null);
    }

    void install(@Observes TenantProvisioned tenant) {
        defaults.add(new SharingDefault("account", OrgWideDefault.PRIVATE));
        defaults.add(new SharingDefault("opportunity", OrgWideDefault.PRIVATE));
    }
}
