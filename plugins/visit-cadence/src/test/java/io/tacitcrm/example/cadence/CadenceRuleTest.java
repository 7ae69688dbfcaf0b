package io.tacitcrm.example.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CadenceRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void a_customer_is_overdue_once_its_last_visit_is_older_than_the_threshold_or_it_was_never_visited() {
        CadenceRule monthly = new CadenceRule(30, false);
        assertFalse(monthly.overdue(Optional.of(Instant.parse("2026-10-31T08:00:00Z")), NOW), "exactly 30 days");
        assertTrue(monthly.overdue(Optional.of(Instant.parse("2026-10-31T07:59:59Z")), NOW));
        assertTrue(monthly.overdue(Optional.empty(), NOW));
        assertEquals(Optional.of(30L), CadenceRule.daysSince(Optional.of(Instant.parse("2026-10-31T08:00:00Z")), NOW));
    }

    @Test
    void only_done_face_to_face_footprints_count_unless_the_company_counts_any() {
        CadenceRule faceToFace = new CadenceRule(30, false);
        assertTrue(faceToFace.counts("VISIT", "DONE"));
        assertTrue(faceToFace.counts("MEETING", "DONE"));
        assertFalse(faceToFace.counts("VISIT", "PLANNED"));
        assertFalse(faceToFace.counts("CALL", "DONE"));
        assertTrue(new CadenceRule(30, true).counts("CALL", "DONE"));
    }
}
