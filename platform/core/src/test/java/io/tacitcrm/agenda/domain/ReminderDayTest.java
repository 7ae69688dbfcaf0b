package io.tacitcrm.agenda.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderDayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ReminderPolicy POLICY = ReminderPolicy.DEFAULT;

    @Test
    void a_day_begins_and_ends_at_midnight_in_the_users_zone() {
        // 2026-12-01 23:30 UTC is already Wednesday 2 December in Shanghai
        ReminderDay day = ReminderDay.of(SHANGHAI, Instant.parse("2026-12-01T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 12, 2), day.today());
        assertEquals(Instant.parse("2026-12-01T16:00:00Z"), day.start());
        assertEquals(Instant.parse("2026-12-02T16:00:00Z"), day.end());
        assertEquals(Instant.parse("2026-11-24T16:00:00Z"), day.followUpsFrom(), "a week of overdue follow-ups");
    }

    @Test
    void the_report_is_asked_for_from_the_companys_hour_on_working_days_only() {
        Instant tuesdayFive = Instant.parse("2026-12-01T09:00:00Z"); // 17:00 in Shanghai
        Instant tuesdaySix = Instant.parse("2026-12-01T10:00:00Z");
        assertEquals(Optional.empty(), ReminderDay.of(SHANGHAI, tuesdayFive).reportEvening(POLICY));
        assertEquals(Optional.of(tuesdaySix), ReminderDay.of(SHANGHAI, tuesdaySix).reportEvening(POLICY));
        assertEquals(Optional.of(Instant.parse("2026-12-01T12:00:00Z")), ReminderDay.of(SHANGHAI,
                Instant.parse("2026-12-01T13:00:00Z")).reportEvening(new ReminderPolicy(14, 20, 1)));
        Instant saturdayNight = Instant.parse("2026-12-05T13:00:00Z");
        assertEquals(Optional.empty(), ReminderDay.of(SHANGHAI, saturdayNight).reportEvening(POLICY));
    }

    @Test
    void a_deal_is_stuck_once_it_has_been_longer_than_the_limit_in_its_stage() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        assertEquals(Instant.parse("2026-11-17T10:00:00Z"), ReminderDay.of(SHANGHAI, now).stalledBefore(POLICY));
    }

    @Test
    void the_digest_is_due_from_seven_in_the_morning_once_a_day() {
        Instant sixThirty = Instant.parse("2026-11-30T22:30:00Z"); // 06:30 on 1 December in Shanghai
        Instant sevenFive = Instant.parse("2026-11-30T23:05:00Z");
        Instant sevenShanghai = Instant.parse("2026-11-30T23:00:00Z");
        Instant tomorrowSeven = Instant.parse("2026-12-01T23:00:00Z");
        LocalDate first = LocalDate.of(2026, 12, 1);

        ReminderDay early = ReminderDay.of(SHANGHAI, sixThirty);
        assertFalse(early.digestDue(Optional.empty()));
        assertEquals(sevenShanghai, early.nextDigest(Optional.empty()));
        assertEquals(sevenShanghai, early.nextDigest(Optional.of(first.minusDays(1))));

        ReminderDay morning = ReminderDay.of(SHANGHAI, sevenFive);
        assertTrue(morning.digestDue(Optional.empty()));
        assertTrue(morning.digestDue(Optional.of(first.minusDays(1))));
        assertEquals(sevenFive, morning.nextDigest(Optional.empty()), "due now");
        assertFalse(morning.digestDue(Optional.of(first)), "sent today already");
        assertEquals(tomorrowSeven, morning.nextDigest(Optional.of(first)));
    }
}
