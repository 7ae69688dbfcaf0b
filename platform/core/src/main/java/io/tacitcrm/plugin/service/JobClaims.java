package io.tacitcrm.plugin.service;

import io.tacitcrm.plugin.domain.JobRun;
import io.tacitcrm.plugin.domain.JobRuns;
import io.tacitcrm.plugin.domain.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The scheduler's database steps for the bound tenant, each committed at once so other servers see it. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobClaims {

    /** How long finished runs are kept, for the plugins page and for operators. */
    static final int KEEP_DAYS = 30;

    private final TenantPlugins switches;
    private final JobRuns runs;

    @Inject
    public JobClaims(TenantPlugins switches, JobRuns runs) {
        this.switches = switches;
        this.runs = runs;
    }

    /** For CDI's proxy only. */
    protected JobClaims() {
        this(null, null);
    }

    public Map<String, Instant> enabledSince() {
        return switches.enabledSince();
    }

    public boolean claim(String pluginId, String job, Instant scheduledAt, String server, Instant now) {
        boolean mine = runs.claim(pluginId, job, scheduledAt, server, now);
        if (mine) {
            runs.forget(pluginId, now.minus(KEEP_DAYS, ChronoUnit.DAYS));
        }
        return mine;
    }

    public List<JobRun> recent(String pluginId, int limit) {
        return runs.recent(pluginId, limit);
    }

    /** The latest runs, after marking those unfinished since before {@code startedBefore} as interrupted. */
    public List<JobRun> recent(String pluginId, int limit, Instant startedBefore, Instant now) {
        runs.interrupted(pluginId, startedBefore, now);
        return runs.recent(pluginId, limit);
    }

    public void finish(String pluginId, String job, Instant scheduledAt, JobRun.Outcome outcome, String detail,
                       Instant now) {
        runs.finish(pluginId, job, scheduledAt, outcome, detail, now);
    }
}
