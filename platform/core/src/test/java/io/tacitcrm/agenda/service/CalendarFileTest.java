package io.tacitcrm.agenda.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.agenda.domain.CalendarEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final UUID planned = UUID.fromString("0193a0b0-0000-7000-8000-000000000001");
    private final UUID account = UUID.fromString("0193a0b0-0000-7000-8000-0000000000aa");

    @Test
    void each_footprint_is_an_event_with_a_stable_uid_its_time_in_utc_and_a_link_to_its_customer() {
        String ics = CalendarFile.write("刘洋", Locale.SIMPLIFIED_CHINESE, List.of(new CalendarEntry(planned, "VISIT",
                false, "带新价目表; 见王总", Instant.parse("2026-12-02T01:30:00Z"), 0, account,
                "杭州茶业, 有限公司",
                Optional.empty(), NOW)), "https://crm.example/", NOW);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("UID:" + planned + "@tacitcrm\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20261202T013000Z\r\n"), ics);
        assertTrue(ics.contains("DURATION:PT30M\r\n"), "a footprint without a duration shows as half an hour");
        // commas and semicolons are escaped in text values (RFC 5545 3.3.11)
        assertTrue(unfolded(ics).contains("SUMMARY:拜访: 带新价目表\\; 见王总"
                + " — 杭州茶业\\, 有限公司\r\n"), ics);
        assertTrue(ics.contains("URL:https://crm.example/customers/" + account), ics);
        assertTrue(ics.contains("X-WR-CALNAME:Tacit CRM — 刘洋"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
    }

    @Test
    void a_done_footprint_is_ticked_with_its_outcome_and_notes_never_leave() {
        String ics = CalendarFile.write("Liu Yang", Locale.ENGLISH, List.of(new CalendarEntry(planned, "CALL", true,
                "Price call", Instant.parse("2026-11-30T06:00:00Z"), 45, account, "Tea Co",
                Optional.of("Agreed 5%"), NOW)), "https://crm.example/", NOW);

        assertTrue(unfolded(ics).contains("SUMMARY:✓ Call: Price call — Tea Co\r\n"), ics);
        assertTrue(ics.contains("DESCRIPTION:done: Agreed 5%\r\n"), ics);
        assertTrue(ics.contains("DURATION:PT45M\r\n"), ics);
        assertEquals(1, ics.split("BEGIN:VEVENT").length - 1);
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }
}
