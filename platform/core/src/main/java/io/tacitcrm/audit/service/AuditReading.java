package io.tacitcrm.audit.service;

import io.tacitcrm.audit.domain.AuditCursor;
import io.tacitcrm.audit.domain.AuditEntry;
import io.tacitcrm.audit.domain.AuditLog;
import io.tacitcrm.audit.domain.AuditQuery;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The audit log for those holding {@code audit.read}. */
@ApplicationScoped
@Transactional
public class AuditReading {

    private final AuditLog log;
    private final CurrentPrincipal caller;

    @Inject
    public AuditReading(AuditLog log, CurrentPrincipal caller) {
        this.log = log;
        this.caller = caller;
    }

    /** For CDI's proxy only. */
    protected AuditReading() {
        this(null, null);
    }

    public Page<AuditEntry, AuditCursor> page(AuditQuery query) {
        caller.require().require(Permission.AUDIT_READ);
        List<AuditEntry> rows = log.page(query);
        return Page.of(rows, query.limit(), last -> new AuditCursor(last.at(), last.id()), page -> page);
    }
}
