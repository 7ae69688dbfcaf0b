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
import java.util.Optional;

/** The audit log for those holding {@code audit.read}. */
@ApplicationScoped
@Transactional
public class AuditReading {

    @Inject
    AuditLog log;
    @Inject
    CurrentPrincipal caller;

    public Page<AuditEntry> page(AuditQuery query) {
        caller.require().require(Permission.AUDIT_READ);
        List<AuditEntry> rows = log.page(query);
        boolean more = rows.size() > query.limit();
        List<AuditEntry> page = more ? rows.subList(0, query.limit()) : rows;
        return new Page<>(page, more ? Optional.of(new AuditCursor(page.getLast().at(), page.getLast().id()).encode()) : Optional.empty());
    }
}
