package io.tacitcrm.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.common.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountCursorTest {

    @Test
    void round_trips_through_its_opaque_form() {
        AccountCursor cursor = new AccountCursor(AccountSort.NAME, "云帆|科技", UUID.randomUUID());
        assertEquals(cursor, AccountCursor.decode(cursor.encode(), AccountSort.NAME));
    }

    @Test
    void a_cursor_of_another_order_or_garbage_is_a_cursor_field_error() {
        String byName = new AccountCursor(AccountSort.NAME, "a", UUID.randomUUID()).encode();
        String forged = Base64.getUrlEncoder()
                .encodeToString("NEWEST\u001fnot-a-time\u001fnot-a-uuid".getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {byName, forged, "%%%", "bm90LWEtY3Vyc29y"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> AccountCursor.decode(bad,
                    AccountSort.NEWEST));
            assertEquals("cursor", e.errors().getFirst().field());
        }
    }
}
