package io.tacitcrm.example.cadence;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.job.JobSchedule;
import io.tacitcrm.api.job.ScheduledJob;
import io.tacitcrm.api.records.CustomerRecord;
import io.tacitcrm.api.records.Page;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Nightly, for each company: re-reads the owners of every customer changed since the night before (so a missed event
 * heals within a day), then counts each rep's overdue customers as of the scheduled time, for the trend.
 */
@Extension
public class NightlyCount implements ScheduledJob {

    private static final int PAGE = 200;

    @Override
    public String name() {
        return "nightly-count";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.dailyAt(LocalTime.of(2, 0), ZoneId.of("Asia/Shanghai"));
    }

    @Override
    public void run(PluginContext context, Instant scheduledAt) {
        Optional<String> cursor = Optional.empty();
        do {
            Page<CustomerRecord> page = context.customers().changedSince(scheduledAt.minus(Duration.ofDays(1)),
                    cursor, PAGE);
            CadenceStore.owners(context, page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        int reps = CadenceStore.snapshot(context, scheduledAt, Settings.rule(context));
        context.log().log(System.Logger.Level.INFO, "counted the overdue customers of " + reps + " reps");
    }
}
