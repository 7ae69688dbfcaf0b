package io.tacitcrm.plugin.service;

import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.PluginCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds the heap a plugin may hold. One JVM cannot say which module owns which object, so when memory runs short —
 * the old generation {@code tacit.plugins.memory-alarm-percent} full — the guard measures what each active plugin
 * holds ({@link PluginRetention}: reachable from its classes' static fields and its extensions). The plugin holding
 * the most is stopped and unloaded when that is over {@code tacit.plugins.max-memory-mb}; its memory returns at the
 * next collection. Without such a plugin the shortage is the core's own, or garbage not yet collected: it is logged
 * when the last collection of the old generation left it over the alarm. The alarm is the old generation's usage, not
 * its usage after a collection: the parallel collector collects the old generation only once it is full, and by then
 * a leak has taken it all. {@link PluginGuards} checks
 * when the JVM reports the alarm crossed and at each of its regular checks while it lasts.
 */
@ApplicationScoped
public class PluginMemoryGuard {

    private static final Logger LOG = Logger.getLogger(PluginMemoryGuard.class.getName());
    private static final long MIB = 1L << 20;
    /** Enough to follow any real plugin's state; past it the figure is a lower bound. */
    private static final long MAX_OBJECTS = 5_000_000;
    private static final long WARN_NANOS = TimeUnit.MINUTES.toNanos(1);

    @Inject
    PluginCatalog catalog;
    @Inject
    @ConfigProperty(name = "tacit.plugins.memory-alarm-percent", defaultValue = "85")
    int alarmPercent;
    @Inject
    @ConfigProperty(name = "tacit.plugins.max-memory-mb", defaultValue = "32")
    long maxMemoryMb;

    private Optional<MemoryPoolMXBean> oldGeneration = Optional.empty();
    private long warnedAt = System.nanoTime() - WARN_NANOS;

    /** Sets the alarm on the heap's old generation; false when there is none to watch (or the guard is off). */
    boolean watch() {
        if (alarmPercent <= 0) {
            return false;
        }
        oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported())
                .filter(p -> p.getUsage().getMax() > 0)
                .max(Comparator.comparingLong(p -> p.getUsage().getMax()));
        oldGeneration.ifPresent(pool -> {
            pool.setUsageThreshold(pool.getUsage().getMax() * alarmPercent / 100);
            LOG.info(() -> "Plugin memory guard watches " + pool.getName() + ": alarm at " + alarmPercent + "% of "
                    + pool.getUsage().getMax() / MIB + " MB, a plugin may hold " + maxMemoryMb + " MB then");
        });
        return oldGeneration.isPresent();
    }

    synchronized void check() {
        try {
            oldGeneration.ifPresent(this::check);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin memory check failed; the next one tries again", e);
        }
    }

    private void check(MemoryPoolMXBean pool) {
        // the usage now, not isUsageThresholdExceeded(): that flag is only cleared at a collection, and right after a
        // stop it still said "exceeded" at 50%
        if (pool.getUsage().getUsed() < pool.getUsageThreshold()) {
            return;
        }
        Map<String, Long> held = catalog.installed().stream().filter(InstalledPlugin::isActive)
                .map(InstalledPlugin::id).collect(Collectors.toMap(id -> id, this::bytesHeld));
        Optional<Map.Entry<String, Long>> most = held.entrySet().stream().max(Map.Entry.comparingByValue());
        MemoryUsage usage = pool.getUsage();
        long percent = usage.getUsed() * 100 / usage.getMax();
        if (most.isPresent() && most.get().getValue() > maxMemoryMb * MIB) {
            catalog.stop(most.get().getKey(), "held " + most.get().getValue() / MIB + " MB of the heap, more than"
                    + " the " + maxMemoryMb + " MB a plugin may (tacit.plugins.max-memory-mb) when memory ran short"
                    + " (old generation " + percent + "% full); it was stopped and unloaded");
        } else if (shortAfterCollection(pool) && System.nanoTime() - warnedAt > WARN_NANOS) {
            warnedAt = System.nanoTime();
            LOG.warning(() -> "The old generation is " + percent + "% full; no plugin holds more than " + maxMemoryMb
                    + " MB " + held.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / MIB + " MB").toList()
                    + " and the last collection left it that full: the core's own (a heap dump is written if it runs"
                    + " out)");
        }
    }

    /**
     * Whether the last collection of the old generation left it over the alarm: a real shortage. A full old
     * generation alone is usually garbage the parallel collector has not collected yet (it waits until it must).
     */
    private static boolean shortAfterCollection(MemoryPoolMXBean pool) {
        MemoryUsage collected = pool.getCollectionUsage();
        return collected != null && collected.getUsed() >= pool.getUsageThreshold();
    }

    private long bytesHeld(String pluginId) {
        return catalog.heap(pluginId).map(h -> PluginRetention.bytesHeld(h.roots(), h.owns(), MAX_OBJECTS))
                .orElse(0L);
    }
}
