package io.tacitcrm.analytics.score;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.job.JobSchedule;
import io.tacitcrm.api.job.ScheduledJob;
import io.tacitcrm.api.web.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.pf4j.Extension;

/** Retrains every company's win model each night on its deals closed since, in the background. */
@Extension
public class WinModelJob implements ScheduledJob {

    /** A training still running: tonight's is not needed. */
    private static final int CONFLICT = 409;

    @Override
    public String name() {
        return "win-model";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.dailyAt(LocalTime.of(2, 30), ZoneOffset.UTC);
    }

    @Override
    public void run(PluginContext context, Instant scheduledAt) {
        try {
            new WinScores(context, Clock.systemUTC()).start();
        } catch (ApiProblem busy) {
            if (busy.status() != CONFLICT) {
                throw busy;
            }
        }
    }
}
