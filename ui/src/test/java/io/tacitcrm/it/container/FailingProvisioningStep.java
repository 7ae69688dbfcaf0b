package io.tacitcrm.it.container;

import io.tacitcrm.tenancy.service.TenantProvisioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Deployed with the in-container tests only: a provisioning step that fails for one company, after the tenant, its
 * roles and admin have been written — to prove that sign-up is all or nothing.
 */
@ApplicationScoped
public class FailingProvisioningStep {

    void failFor(@Observes TenantProvisioned tenant) {
        if (trigger.get()) {
            throw new IllegalStateException("provisioning step failed on purpose");
        }
    }

    static final ThreadLocal<Boolean> trigger = ThreadLocal.withInitial(() -> false);
}
