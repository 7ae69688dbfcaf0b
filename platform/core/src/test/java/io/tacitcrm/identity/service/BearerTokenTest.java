package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.tenancy.domain.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

    /** The shape as a regular expression, as it was checked before the check became a loop. */
    private static final Pattern SHAPE = Pattern.compile("(tc[tlc])_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");

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

    @Test
    void the_shape_check_agrees_with_the_regular_expression_for_every_one_character_change() {
        List<String> presented = new ArrayList<>();
        for (String prefix : List.of(BearerToken.API, BearerToken.LINK, BearerToken.CALENDAR)) {
            String valid = BearerToken.generate(prefix, tenant).value();
            presented.add(valid);
            presented.add(valid.substring(1));
            presented.add(valid + "A");
            for (int at = 0; at < valid.length(); at++) {
                for (char c = 0; c < 0x250; c++) {
                    presented.add(valid.substring(0, at) + c + valid.substring(at + 1));
                }
            }
        }
        int accepted = 0;
        for (String token : presented) {
            for (String prefix : List.of(BearerToken.API, BearerToken.LINK, BearerToken.CALENDAR, "tcx", "tc")) {
                var m = SHAPE.matcher(token);
                boolean expected = m.matches() && m.group(1).equals(prefix);
                assertEquals(expected, BearerToken.shaped(prefix, token), prefix + " " + token);
                accepted += expected ? 1 : 0;
            }
        }
        assertTrue(accepted > 3 * (32 * 16 + 43 * 64), "the changes kept inside the shape were tried: " + accepted);
    }
}
