package io.tacitcrm.ops.domain;

import io.tacitcrm.audit.domain.AuditCursor;
import io.tacitcrm.tenancy.domain.TenantId;
import java.util.Optional;

/** A page of the operators' audit, newest first: of one workspace or all, after a cursor. */
public record OperatorAuditQuery(Optional<TenantId> tenant, Optional<AuditCursor> after, int limit) {
}
