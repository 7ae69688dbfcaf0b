package io.tacitcrm.customer.domain;

import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.customer.domain.AccountCursor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page of accounts ended: the sort key and id of its last row. Opaque to clients (base64url); a cursor made
 * for another order, or tampered with, is rejected as a field error.
 */
public record AccountCursor(AccountSort sort, String key, UUID id) implements Cursor {

    private static final char SEP = '\u001f';

    /** The key as the sort compares it (an instant for creation times, the name otherwise), then the id. */
    @Override
    public List<Object> keys() {
        return List.of(switch (sort) {
            case NEWEST, OLDEST -> keyAsInstant();
            case NAME, NAME_DESC -> key;
        }, id);
    }

    public static AccountCursor after(Account last, AccountSort sort) {
        String key = switch (sort) {
            case NEWEST, OLDEST -> last.createdAt().toString();
            case NAME, NAME_DESC -> last.details().name();
        };
        return new AccountCursor(sort, key, last.id().value());
    }

    @Override
    public String encode() {
        String raw = sort.name() + SEP + key + SEP + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static AccountCursor decode(String encoded, AccountSort expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)
                    .split(String.valueOf(SEP), -1);
            AccountSort sort = AccountSort.valueOf(parts[0]);
            if (parts.length != 3 || sort != expected) {
                throw invalid();
            }
            if (sort == AccountSort.NEWEST || sort == AccountSort.OLDEST) {
                Instant.parse(parts[1]);
            }
            return new AccountCursor(sort, parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeParseException e) {
            throw invalid();
        }
    }

    public Instant keyAsInstant() {
        return Instant.parse(key);
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("cursor", "cursor.invalid", "is not a cursor of this list and order");
    }
}
