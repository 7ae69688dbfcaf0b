package io.tacitcrm.audit.service;

import io.tacitcrm.identity.service.IdentityChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Writes administrative changes to users and roles into the audit, in the same transaction as the change. */
@ApplicationScoped
public class IdentityAuditor {

    @Inject
    Audit audit;

    void on(@Observes IdentityChanged change) {
        audit.record(change.action(), change.entityType(), change.id(), change.summary());
    }
}
