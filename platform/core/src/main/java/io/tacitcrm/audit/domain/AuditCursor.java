package io.tacitcrm.audit.domain;

import io.tacitcrm.audit.domain.AuditCursor;
import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.CursorCodec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a page of the audit log ends (time, then id, descending). Opaque to clients. */
public record AuditCursor(Instant at, UUID id) implements Cursor {

    @Override
    public List<Object> keys() {
        return List.of(at, id);
    }

    @Override

    public String encode() {
        return CursorCodec.encode(at.toString(), id);
    }

    public static AuditCursor decode(String cursor) {
        return CursorCodec.decodeInstant(cursor, AuditCursor::new);
    }
}
