package io.tacitcrm.api.job;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.PluginContext;
import java.time.Instant;
import org.pf4j.ExtensionPoint;

/**
 * Work the host runs on a {@link JobSchedule}, for each company that has your plugin switched on. Annotate your
 * implementation with {@code @org.pf4j.Extension}.
 *
 * <p>Each scheduled time of each company runs exactly once, on one server: the servers claim it in the database first.
 * A server that was down when a time passed runs only the latest missed one when it is back — never a backlog. The
 * call runs under the plugin time limit like every other; a failure is logged and recorded, and the next scheduled
 * time runs as usual. The context has no user ({@link PluginContext#user()} is empty); its readers see every record of
 * the company, as the company's top role does — so write nothing per user you would not show to that user.
 */
@Beta
public interface ScheduledJob extends ExtensionPoint {

    /** The job's name, unique in your plugin: lower-case letters, digits and '-'; runs are recorded under it. */
    String name();

    /** When it runs. */
    JobSchedule schedule();

    /**
     * Does the work for one company, for the scheduled time {@code scheduledAt} (which may lie a tick or, after an
     * outage, longer in the past: compute "as of" it, not of the clock).
     */
    void run(PluginContext context, Instant scheduledAt) throws Exception;
}
