package io.tacitcrm.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.common.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "yunfan-tech", "a1-b2-c3", "0123456789012345678901234567890123456789"})
    void accepts_lower_case_letters_digits_and_inner_hyphens(String slug) {
        assertEquals(slug, new WorkspaceSlug(slug).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "-abc", "abc-", "a--b", "ABC", "a b", "云帆", "a_b", "api", "admin",
            "01234567890123456789012345678901234567890"})
    void rejects_anything_else_as_a_workspace_field_error(String slug) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new WorkspaceSlug(slug));
        assertEquals("workspace", e.errors().getFirst().field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Yunfan-Tech ", "YUNFAN-TECH"})
    void parsing_what_a_person_typed_ignores_blanks_and_case(String typed) {
        assertEquals("yunfan-tech", WorkspaceSlug.parse(typed).value());
    }
}
