package io.tacitcrm.agenda.domain;

import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.CursorCodec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a page of reminders ended: newest due first, the id breaking ties. Opaque to clients. */
public record NotificationCursor(Instant dueAt, UUID id) implements Cursor {

    @Override
    public List<Object> keys() {
        return List.of(dueAt, id);
    }

    public static NotificationCursor after(Notification last) {
        return new NotificationCursor(last.dueAt(), last.id());
    }

    @Override
    public String encode() {
        return CursorCodec.encode(dueAt.toString(), id);
    }

    public static NotificationCursor decode(String cursor) {
        return CursorCodec.decodeInstant(cursor, NotificationCursor::new);
    }
}
