package io.tacitcrm.sales.domain;

import io.tacitcrm.common.domain.CursorCodec;
import java.time.Instant;
import java.util.UUID;

/** Where a page of opportunities (newest first) ends. Opaque to clients. */
public record OpportunityCursor(Instant createdAt, UUID id) {

    public static OpportunityCursor after(Opportunity last) {
        return new OpportunityCursor(last.createdAt(), last.id().value());
    }

    public String encode() {
        return CursorCodec.encode(createdAt.toString(), id);
    }

    public static OpportunityCursor decode(String cursor) {
        return CursorCodec.decodeInstant(cursor, OpportunityCursor::new);
    }
}
