package io.tacitcrm.customer.domain;

import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.CursorCodec;
import io.tacitcrm.customer.domain.ContactCursor;
import java.util.List;
import java.util.UUID;

/** Where a page of an account's contacts (ordered by name, then id) ends. Opaque to clients. */
public record ContactCursor(String name, UUID id) implements Cursor {

    @Override
    public List<Object> keys() {
        return List.of(name, id);
    }

    public static ContactCursor after(Contact last) {
        return new ContactCursor(last.details().name(), last.id().value());
    }

    @Override
    public String encode() {
        return CursorCodec.encode(name, id);
    }

    public static ContactCursor decode(String cursor) {
        return CursorCodec.decode(cursor, ContactCursor::new);
    }
}
