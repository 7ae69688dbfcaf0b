package io.tacitcrm.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.identity.domain.PasswordHasher;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void the_server_hashes_with_the_configured_work_factor_and_names_it_in_each_hash() {
        assertTrue(new PasswordHashing(1_000).hasher().hash("Yunfan-2026-sales").startsWith("pbkdf2-sha512$1000$"));
        assertTrue(new PasswordHashing(PasswordHasher.ITERATIONS).hasher().hash("Yunfan-2026-sales")
                .startsWith("pbkdf2-sha512$210000$"));
    }

    @Test
    void a_work_factor_below_a_thousand_iterations_stops_the_server() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new PasswordHashing(999));
        assertTrue(refused.getMessage().contains("at least 1000"), refused::getMessage);
    }
}
