package io.tacitcrm.audit.domain;

import io.tacitcrm.common.domain.CursorCodec;
import java.time.Instant;
import java.util.UUID;

/** Where a page of the audit log ends (time, then id, descending). Opaque to clients. */
public record AuditCursor(Instant at, UUID id) {

    public String encode() {
        return CursorCodec.encode(at.toString(), id);
    }

    public static AuditCursor decode(String cursor) {
        return CursorCodec.decodeInstant(cursor, AuditCursor::new);
    }
}
