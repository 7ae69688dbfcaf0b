package io.tacitcrm.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.StoredFacts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountDetailsTest {

    private static AccountDetails details(String name, String region, String phone) {
        return new AccountDetails(name, Optional.of("制造业"), Optional.ofNullable(region), Optional.empty(),
                Optional.empty(), Optional.of("  "), Optional.ofNullable(phone));
    }

    @Test
    void trims_text_and_treats_blank_optional_fields_as_absent() {
        AccountDetails d = details("  上海明德精密机械有限公司 ", " 华东 ", "021-5888 1234");
        assertEquals("上海明德精密机械有限公司", d.name());
        assertEquals(Optional.of("华东"), d.region());
        assertTrue(d.website().isEmpty());
    }

    @Test
    void reports_every_broken_rule_at_once_with_its_field() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> details(" ", "x".repeat(101),
                "call me"));
        assertEquals(List.of("name", "region", "phone"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void keeps_markup_as_text_but_refuses_control_characters() {
        assertEquals("<b>Acme</b>", details("<b>Acme</b>", null, null).name());
        assertThrows(InvalidInputException.class, () -> details("Acme\u0000Corp", null, null));
    }

    @Test
    void facts_read_back_as_stored_are_not_checked_as_input_again_while_the_same_facts_as_input_are() {
        // saved before javascript: addresses were refused
        AccountDetails stored = StoredFacts.read(() -> new AccountDetails(" Old Mill ", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("javascript:alert(1)"),
                Optional.empty()));
        assertEquals("Old Mill", stored.name());
        assertEquals(Optional.of("javascript:alert(1)"), stored.website());
        InvalidInputException edit = assertThrows(InvalidInputException.class, () -> new AccountDetails(
                stored.name(), stored.industry(), stored.region(), stored.size(), stored.valueTier(),
                stored.website(), stored.phone()));
        assertEquals(List.of("website"), edit.errors().stream().map(FieldError::field).toList());
        assertTrue(StoredFacts.areInput(), "only what read built skips the rules");
    }
}
