package io.tacitcrm.misbehaving;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.job.JobSchedule;
import io.tacitcrm.api.job.ScheduledJob;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Every two seconds; once a company asked for job notes ({@code POST x/misbehaving/job-notes}) it notes each run
 * (and what the company reader sees),
 * so a test can count runs per scheduled time across servers.
 */
@Extension
public class TickJob implements ScheduledJob {

    @Override
    public String name() {
        return "tick";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(Duration.ofSeconds(2));
    }

    @Override
    public void run(PluginContext context, Instant scheduledAt) {
        if (context.settings().get("job-notes").isEmpty()) {
            return;
        }
        int customers = context.customers().list(Optional.empty(), Optional.empty(), 200)
                .items().size();
        context.database().inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into seen_event (tenant_id, kind) values (?, ?)")) {
                insert.setObject(1, context.tenant().id());
                insert.setString(2, "Job " + scheduledAt + " " + customers + " " + context.user().isPresent());
                return insert.executeUpdate();
            }
        });
    }
}
