package io.tacitcrm.audit.service;

import io.tacitcrm.audit.domain.AuditEntry;
import io.tacitcrm.audit.domain.AuditLog;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Records what the caller did, in the caller's transaction: a change and its audit entry are committed together or
 * not at all. Summaries name fields and ids, not free text typed by users, so the log carries no copies of personal
 * data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Audit {

    private final AuditLog log;
    private final CurrentPrincipal caller;
    private final Clock clock;

    @Inject
    public Audit(AuditLog log, CurrentPrincipal caller, Clock clock) {
        this.log = log;
        this.caller = caller;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected Audit() {
        this(null, null, null);
    }

    public void created(String entityType, UUID id, String summary) {
        record("CREATE", entityType, id, summary);
    }

    public void updated(String entityType, UUID id, String summary) {
        record("UPDATE", entityType, id, summary);
    }

    public void deleted(String entityType, UUID id, String summary) {
        record("DELETE", entityType, id, summary);
    }

    public void record(String action, String entityType, UUID id, String summary) {
        log.append(new AuditEntry(Ids.newId(), clock.instant(), caller.get().map(Principal::userId).map(u -> u.value()),
                action, entityType, Optional.of(id), summary));
    }

    /**
     * An action on no single record (a pool sweep, a policy change); by the caller, or by the system when there is
     * none.
     */
    public void recordWithoutEntity(String action, String entityType, String summary) {
        log.append(new AuditEntry(Ids.newId(), clock.instant(), caller.get().map(Principal::userId).map(u -> u.value()),
                action, entityType, Optional.empty(), summary));
    }
}
