package io.tacitcrm.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.common.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Sales-2026-champion", "correct horse 42", "销售冠军2026年度目标", "abcdefghi1"})
    void accepts_long_mixed_passwords(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(password, "li.na@yunfan.example", "yunfan"));
    }

    @ParameterizedTest
    @CsvSource({"short-1, password.too-short", "abcdefghijkl, password.too-simple", "123456789012, password.too-simple",
            "li.na-2026-x, password.guessable", "my-yunfan-2026, password.guessable"})
    void rejects_weak_passwords_with_a_reason(String password, String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check(password, "li.na@yunfan.example", "yunfan"));
        assertEquals(code, e.errors().getFirst().code());
    }

    @Test
    void rejects_passwords_over_128_characters() {
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("a1".repeat(65), "x@y.example", "ws"));
    }
}
