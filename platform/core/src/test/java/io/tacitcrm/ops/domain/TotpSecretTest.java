package io.tacitcrm.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpSecretTest {

    /** RFC 6238, appendix B: the SHA-1 key, truncated to six digits. */
    private static final TotpSecret RFC = new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codes_match_the_rfc_6238_test_vectors() {
        assertEquals("287082", RFC.code(Instant.ofEpochSecond(59)));
        assertEquals("081804", RFC.code(Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", RFC.code(Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void a_code_of_the_step_before_or_after_is_accepted_and_one_further_away_is_not() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = now.getEpochSecond() / 30;

        assertEquals(OptionalLong.of(step - 1), RFC.matchingStep(RFC.code(now.minusSeconds(30)), now, 0));
        assertEquals(OptionalLong.of(step + 1), RFC.matchingStep(RFC.code(now.plusSeconds(30)), now, 0));
        assertTrue(RFC.matchingStep(RFC.code(now.minusSeconds(90)), now, 0).isEmpty());
    }

    @Test
    void a_code_of_a_step_already_used_is_refused() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = now.getEpochSecond() / 30;

        assertTrue(RFC.matchingStep(RFC.code(now), now, step).isEmpty());
        assertTrue(RFC.matchingStep(RFC.code(now), now, step - 1).isPresent());
    }

    @Test
    void anything_but_six_digits_is_refused_without_computing() {
        Instant now = Instant.ofEpochSecond(59);

        assertFalse(RFC.matchingStep(null, now, 0).isPresent());
        assertFalse(RFC.matchingStep("28708", now, 0).isPresent());
        assertFalse(RFC.matchingStep("2870820", now, 0).isPresent());
        assertFalse(RFC.matchingStep("28708a", now, 0).isPresent());
    }

    @Test
    void the_secret_survives_base32_and_the_enrolment_address_names_issuer_and_account() {
        TotpSecret secret = TotpSecret.generate();

        assertEquals(secret.code(Instant.ofEpochSecond(59)), TotpSecret.fromBase32(secret.base32())
                .code(Instant.ofEpochSecond(59)));
        String uri = secret.uri("Tacit CRM operators", "ada@ops.example");
        assertTrue(uri.startsWith("otpauth://totp/Tacit%20CRM%20operators:ada%40ops.example?secret="), uri);
        assertTrue(uri.contains("&digits=6&period=30"), uri);
    }
}
