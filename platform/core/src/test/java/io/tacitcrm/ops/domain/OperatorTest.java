package io.tacitcrm.ops.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OperatorTest {

    private final Instant now = Instant.ofEpochSecond(1_800_000_000L);
    private final Operator operator = new Operator(new OperatorId(UUID.randomUUID()), "ada@ops.example", "Ada",
            "hash", now);

    @Test
    void without_an_enrolled_factor_no_code_is_accepted() {
        assertFalse(operator.acceptCode("123456", now));
        assertFalse(operator.secondFactorConfirmed());
    }

    @Test
    void the_first_accepted_code_confirms_the_factor_and_the_same_code_is_then_refused() {
        TotpSecret secret = TotpSecret.generate();
        operator.enrol(secret);
        String code = secret.code(now);

        assertTrue(operator.acceptCode(code, now));
        assertTrue(operator.secondFactorConfirmed());
        assertFalse(operator.acceptCode(code, now.plusSeconds(5)));
        assertTrue(operator.acceptCode(secret.code(now.plusSeconds(30)), now.plusSeconds(30)));
    }

    @Test
    void a_confirmed_factor_cannot_be_replaced_by_enrolling_again() {
        TotpSecret secret = TotpSecret.generate();
        operator.enrol(secret);
        operator.acceptCode(secret.code(now), now);

        assertThrows(IllegalStateException.class, () -> operator.enrol(TotpSecret.generate()));
    }
}
