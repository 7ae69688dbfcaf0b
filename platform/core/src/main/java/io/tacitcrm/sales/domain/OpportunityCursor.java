package io.tacitcrm.sales.domain;

import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.CursorCodec;
import io.tacitcrm.sales.domain.OpportunityCursor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a page of opportunities (newest first) ends. Opaque to clients. */
public record OpportunityCursor(Instant createdAt, UUID id) implements Cursor {

    @Override
    public List<Object> keys() {
        return List.of(createdAt, id);
    }

    public static OpportunityCursor after(Opportunity last) {
        return new OpportunityCursor(last.createdAt(), last.id().value());
    }

    @Override
    public String encode() {
        return CursorCodec.encode(createdAt.toString(), id);
    }

    public static OpportunityCursor decode(String cursor) {
        return CursorCodec.decodeInstant(cursor, OpportunityCursor::new);
    }
}
