package io.tacitcrm.customer.domain;

import io.tacitcrm.common.domain.CursorCodec;
import java.util.UUID;

/** Where a page of an account's contacts (ordered by name, then id) ends. Opaque to clients. */
public record ContactCursor(String name, UUID id) {

    public static ContactCursor after(Contact last) {
        return new ContactCursor(last.details().name(), last.id().value());
    }

    public String encode() {
        return CursorCodec.encode(name, id);
    }

    public static ContactCursor decode(String cursor) {
        return CursorCodec.decode(cursor, ContactCursor::new);
    }
}
