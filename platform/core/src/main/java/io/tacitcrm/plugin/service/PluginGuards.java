package io.tacitcrm.plugin.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.util.concurrent.TimeUnit;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the host looks at what its plugins keep: every {@code tacit.plugins.guard-seconds} (0 turns the guards off)
 * the threads and the heap, and the heap also at once when the JVM reports memory running short.
 */
@ApplicationScoped
public class PluginGuards {

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    PluginThreadGuard threads;
    @Inject
    PluginMemoryGuard memory;
    @Inject
    @ConfigProperty(name = "tacit.plugins.guard-seconds", defaultValue = "10")
    int guardSeconds;

    private final NotificationListener shortOfMemory = this::shortOfMemory;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (guardSeconds <= 0) {
            return;
        }
        if (memory.watch()) {
            ((NotificationEmitter) ManagementFactory.getMemoryMXBean())
                    .addNotificationListener(shortOfMemory, null, null);
        }
        scheduler.scheduleWithFixedDelay(this::check, guardSeconds, guardSeconds, TimeUnit.SECONDS);
    }

    void check() {
        threads.check();
        memory.check();
    }

    private void shortOfMemory(Notification notification, Object handback) {
        if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(notification.getType())) {
            scheduler.execute(memory::check); // not on the JVM's notification thread: the walk takes a while
        }
    }

    @PreDestroy
    void stop() {
        try {
            ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(shortOfMemory);
        } catch (ListenerNotFoundException never) {
            // not started
        }
    }
}
