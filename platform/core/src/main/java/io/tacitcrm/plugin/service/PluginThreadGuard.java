package io.tacitcrm.plugin.service;

import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.PluginCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds the threads a plugin may keep of its own (the SDK gives it the host's workers and background work; a thread
 * of its own is tolerated, a growing number is a leak). At each of the {@link PluginGuards}' checks it counts each
 * plugin's threads ({@link PluginThreads}); a plugin over {@code tacit.plugins.max-threads} is stopped on this server
 * and reported ({@code STOPPED}, with the count, in the catalog and the readiness check) and its threads are
 * interrupted — the server and the other modules go on.
 */
@ApplicationScoped
public class PluginThreadGuard {

    private static final Logger LOG = Logger.getLogger(PluginThreadGuard.class.getName());

    @Inject
    PluginCatalog catalog;
    @Inject
    @ConfigProperty(name = "tacit.plugins.max-threads", defaultValue = "16")
    int maxThreads;

    void check() {
        if (catalog.installed().stream().noneMatch(InstalledPlugin::isActive)) {
            return; // no stack walk when no plugin runs
        }
        try {
            PluginThreads.byPlugin(Thread.getAllStackTraces(), catalog::pluginOf).forEach(this::bound);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin thread check failed; the next one tries again", e);
        }
    }

    private void bound(String pluginId, List<Thread> threads) {
        if (threads.size() <= maxThreads) {
            return;
        }
        String why = "kept " + threads.size() + " threads of its own, more than the " + maxThreads + " a plugin may"
                + " (tacit.plugins.max-threads); its threads were interrupted";
        if (catalog.stop(pluginId, why)) {
            threads.forEach(Thread::interrupt);
        }
    }
}
