package io.tacitcrm.audit.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Filters of the audit log, all optional and combined with AND; newest first, after the cursor. */
public record AuditQuery(Optional<String> entityType, Optional<UUID> entityId, Optional<UUID> actor,
        Optional<Instant> from,
                         Optional<Instant> to, Optional<AuditCursor> after, int limit) {
}
