package io.tacitcrm.analytics.playbook;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.job.JobSchedule;
import io.tacitcrm.api.job.ScheduledJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.pf4j.Extension;

/**
 * Every week, each published playbook is mined again over the last year into a draft based on it: the manager sees
 * which rules the latest deals add, drop and keep, next to the rules' effect since publication.
 */
@Extension
public class RelearnJob implements ScheduledJob {

    static final int DAYS = 365;

    @Override
    public String name() {
        return "relearn-playbooks";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(Duration.ofDays(7));
    }

    @Override
    public void run(PluginContext context, Instant scheduledAt) {
        new Playbooks(context, Clock.systemUTC()).relearn(DAYS);
    }
}
