package io.tacitcrm.api.job;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.PluginContext;

/**
 * Long work a user started — mining, an import, a rebuild — run by the host on a worker of its own, after the
 * current call returns. The work gets a fresh context for the same user and company; it may run up to the background
 * time limit ({@code tacit.plugins.background-timeout-ms}, ten minutes by default), after which it is interrupted.
 * The host runs few such works at once per server and queues the rest, so that one company's long work cannot take the
 * cores other companies' requests need.
 *
 * <p>Keep the work's state (progress, a request to stop, the result) in your own tables, where every server sees
 * it: the API call that asks how far the work is may reach another server than the one running it.
 *
 * @since 0.4
 */
@Beta
@FunctionalInterface
public interface Background {

    /** Runs the work later; a failure is logged under your plugin's name. */
    void start(String name, Work work);

    /** The work itself; an exception (or an interruption at the time limit) ends it. */
    @FunctionalInterface
    interface Work {
        void run(PluginContext context) throws Exception;
    }
}
