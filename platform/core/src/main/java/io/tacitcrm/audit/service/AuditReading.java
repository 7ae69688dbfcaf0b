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

    @Inject
    AuditLog log;
    @Inject
    CurrentPrincipal caller;

    public Page<AuditEntry, AuditCursor> page(AuditQuery query) {
        caller.require().require(Permission.AUDIT_READ);
        List<AuditEntry> rows = log.page(query);
        return Page.of(rows, query.limit(), last -> new AuditCursor(last.at(), last.id()), page -> page);
    }
}
