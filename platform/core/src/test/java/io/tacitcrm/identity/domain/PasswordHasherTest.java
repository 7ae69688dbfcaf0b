package io.tacitcrm.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void verifies_the_right_password_and_rejects_a_wrong_one() {
        String hash = fast.hash("Yunfan-2026-sales");
        assertTrue(fast.verify("Yunfan-2026-sales", hash));
        assertFalse(fast.verify("yunfan-2026-sales", hash));
    }

    @Test
    void salts_each_hash_and_never_stores_the_password() {
        String a = fast.hash("same-password-1");
        String b = fast.hash("same-password-1");
        assertNotEquals(a, b);
        assertFalse(a.contains("same-password-1"));
    }

    @Test
    void a_hash_made_with_other_iterations_still_verifies_so_the_cost_can_be_raised() {
        String old = fast.hash("Yunfan-2026-sales");
        assertTrue(new PasswordHasher(2_000).verify("Yunfan-2026-sales", old));
    }

    @Test
    void a_malformed_stored_hash_never_verifies() {
        assertFalse(fast.verify("anything", "plain-text"));
        assertFalse(fast.verify("anything", "md5$1$abc$def"));
    }
}
