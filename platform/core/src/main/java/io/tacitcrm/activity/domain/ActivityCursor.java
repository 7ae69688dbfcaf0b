package io.tacitcrm.activity.domain;

import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.CursorCodec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a page of footprints (newest first) ends. Opaque to clients. */
public record ActivityCursor(Instant occurredAt, UUID id) implements Cursor {

    @Override
    public List<Object> keys() {
        return List.of(occurredAt, id);
    }

    public static ActivityCursor after(Activity last) {
        return new ActivityCursor(last.occurredAt(), last.id().value());
    }

    @Override
    public String encode() {
        return CursorCodec.encode(occurredAt.toString(), id);
    }

    public static ActivityCursor decode(String cursor) {
        return CursorCodec.decodeInstant(cursor, ActivityCursor::new);
    }
}
