package io.tacitcrm.common.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.common.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void a_matching_tag_strong_or_weak_passes_and_a_different_one_is_stale() {
        assertDoesNotThrow(() -> ETags.expected("\"3\"").check(3, "account"));
        assertDoesNotThrow(() -> ETags.expected("W/\"3\"").check(3, "account"));
        assertThrows(StaleVersionException.class, () -> ETags.expected("\"2\"").check(3, "account"));
    }

    @Test
    void no_header_or_a_star_accepts_any_version_and_a_foreign_tag_matches_none() {
        assertDoesNotThrow(() -> ETags.expected(null).check(3, "account"));
        assertDoesNotThrow(() -> ETags.expected("*").check(3, "account"));
        assertThrows(StaleVersionException.class, () -> ETags.expected("\"abc\"").check(3, "account"));
    }
}
