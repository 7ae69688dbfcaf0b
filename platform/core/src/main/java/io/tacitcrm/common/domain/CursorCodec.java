package io.tacitcrm.common.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.BiFunction;


/**
 * The opaque text of a keyset cursor: a sort key and the last row's id, which clients can neither read nor forge
 * usefully.
 */
public final class CursorCodec {

    private CursorCodec() {
    }

    public static String encode(String key, UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((id + "|" + key)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor and its key; anything malformed is the client's error on the {@code cursor} parameter. */
    public static <T> T decode(String cursor, BiFunction<String, UUID, T> make) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return make.apply(raw.substring(bar + 1), UUID.fromString(raw.substring(0, bar)));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "cursor.invalid", "is not a cursor of this list");
        }
    }

    /** For keys that are instants. */
    public static <T> T decodeInstant(String cursor, BiFunction<Instant, UUID, T> make) {
        return decode(cursor, (key, id) -> make.apply(Instant.parse(key), id));
    }

}
