package io.tacitcrm.plugin.domain;

import java.time.Instant;
import java.util.List;

/** The bound tenant's runs of modules' scheduled jobs; a run is claimed before it starts. */
public interface JobRuns {

    /** Claims the run of a job at a scheduled time for this server; false when another server claimed it first. */
    boolean claim(String pluginId, String job, Instant scheduledAt, String server, Instant now);

    void finish(String pluginId, String job, Instant scheduledAt, JobRun.Outcome outcome, String detail, Instant now);

    /**
     * Marks the plugin's runs started before {@code startedBefore} and still unfinished as failed: a run ends within
     * its time limit, so such a run's server stopped while running it. Answers how many.
     */
    int interrupted(String pluginId, Instant startedBefore, Instant now);

    /** The latest runs of a plugin's jobs, newest first. */
    List<JobRun> recent(String pluginId, int limit);

    /** Forgets runs scheduled before {@code before}. */
    void forget(String pluginId, Instant before);
}
