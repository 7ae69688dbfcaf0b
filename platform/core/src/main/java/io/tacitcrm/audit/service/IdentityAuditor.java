package io.tacitcrm.audit.service;

import io.tacitcrm.identity.service.IdentityChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Writes administrative changes to users and roles into the audit, in the same transaction as the change. */
@ApplicationScoped
public class IdentityAuditor {

    private final Audit audit;

    @Inject
    public IdentityAuditor(Audit audit) {
        this.audit = audit;
    }

    /** For CDI's proxy only. */
    protected IdentityAuditor() {
        this(null);
    }

    void on(@Observes IdentityChanged change) {
        audit.record(change.action(), change.entityType(), change.id(), change.summary());
    }
}
