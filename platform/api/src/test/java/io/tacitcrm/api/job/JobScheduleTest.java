package io.tacitcrm.api.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JobScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void an_interval_counts_from_the_epoch_so_every_server_names_the_same_time() {
        JobSchedule quarterly = JobSchedule.every(Duration.ofMinutes(15));
        assertEquals(Instant.parse("2026-11-30T08:00:00Z"), quarterly.latestAt(Instant.parse("2026-11-30T08:14:59Z")));
        assertEquals(Instant.parse("2026-11-30T08:15:00Z"), quarterly.latestAt(Instant.parse("2026-11-30T08:15:00Z")));
    }

    @Test
    void a_daily_time_is_today_s_once_passed_in_its_zone_and_yesterday_s_before() {
        JobSchedule nightly = JobSchedule.dailyAt(LocalTime.of(2, 0), SHANGHAI);
        // 02:00 in Shanghai is 18:00 UTC the day before
        assertEquals(Instant.parse("2026-11-29T18:00:00Z"), nightly.latestAt(Instant.parse("2026-11-30T08:00:00Z")));
        assertEquals(Instant.parse("2026-11-28T18:00:00Z"), nightly.latestAt(Instant.parse("2026-11-29T17:59:59Z")));
        assertEquals(Instant.parse("2026-11-29T18:00:00Z"), nightly.latestAt(Instant.parse("2026-11-29T18:00:00Z")));
    }

    @Test
    void a_job_runs_at_most_once_a_second() {
        assertThrows(IllegalArgumentException.class, () -> JobSchedule.every(Duration.ofMillis(500)));
        assertThrows(IllegalArgumentException.class, () -> JobSchedule.every(Duration.ZERO));
    }
}
