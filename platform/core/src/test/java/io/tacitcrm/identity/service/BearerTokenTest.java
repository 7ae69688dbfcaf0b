package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.tenancy.domain.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

    private final TenantId tenant = new TenantId(UUID.fromString("01a21b71-6c75-72e9-aea7-d2f26ce107b0"));

    @Test
    void a_generated_token_parses_back_to_its_tenant() {
        BearerToken token = BearerToken.generate(tenant);
        assertEquals(tenant, BearerToken.parse(token.value()).orElseThrow().tenant());
        assertEquals(64, token.hash().length());
    }

    @Test
    void tokens_are_unique() {
        assertNotEquals(BearerToken.generate(tenant).value(), BearerToken.generate(tenant).value());
    }

    @Test
    void anything_not_shaped_like_a_token_is_ignored() {
        for (String bad : new String[] {null, "", "tct_", "tct_xyz_abc", "Bearer tct_01a21b716c7572e9aea7d2f26ce107b0_"
                + "a".repeat(43),
                "tct_01a21b716c7572e9aea7d2f26ce107b0_" + "a".repeat(42), "' or 1=1 --"}) {
            assertTrue(BearerToken.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
