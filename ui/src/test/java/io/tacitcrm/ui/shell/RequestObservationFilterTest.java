package io.tacitcrm.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestObservationFilterTest {

    @Test
    void a_plain_request_id_from_the_caller_is_kept() {
        assertEquals("lb-7f3a.42:9", RequestObservationFilter.requestId("lb-7f3a.42:9"));
    }

    @Test
    void a_missing_or_hostile_request_id_is_replaced_by_a_new_one() {
        for (String offered : new String[] {null, "", "<script>alert(1)</script>", "a b", "x".repeat(65),
            "line\nbreak"}) {
            String id = RequestObservationFilter.requestId(offered);
            assertTrue(id.matches("[0-9a-f]{32}"), offered + " gave " + id);
        }
        assertNotEquals(RequestObservationFilter.requestId(null), RequestObservationFilter.requestId(null));
    }

    @Test
    void requests_no_api_resource_matched_are_grouped_by_the_part_of_the_application() {
        assertEquals("unmatched", RequestObservationFilter.group("/api/v1/no-such-thing"));
        assertEquals("ops/unmatched", RequestObservationFilter.group("/api/ops/v2/x"));
        assertEquals("ops-console", RequestObservationFilter.group("/ops/tenants"));
        assertEquals("static", RequestObservationFilter.group("/VAADIN/static/x.js"));
        assertEquals("ui", RequestObservationFilter.group("/customers/123"));
    }
}
