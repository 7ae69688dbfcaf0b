package io.tacitcrm.plugin.service;

import io.tacitcrm.common.logging.LogContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call into plugin code goes through here: on a worker thread, with a time limit ({@code
 * tacit.plugins.timeout-ms}),
 * errors caught and logged with the plugin's id. A plugin that throws or hangs therefore cannot break the page, the
 * request or the transaction of the core action around it; a hung call is interrupted and its caller goes on.
 */
@ApplicationScoped
public class PluginCalls {

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService watchdog;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;
    @Inject
    @ConfigProperty(name = "tacit.plugins.timeout-ms", defaultValue = "5000")
    long timeoutMillis;
    @Inject
    @ConfigProperty(name = "tacit.plugins.background-timeout-ms", defaultValue = "600000")
    long backgroundMillis;
    /** Long works run at once per server; 0 means half the cores (at least one). */
    @Inject
    @ConfigProperty(name = "tacit.plugins.background-workers", defaultValue = "0")
    int backgroundWorkers;
    /**
     * Threads for calls a request waits on, of their own: on the server's shared executor (which also runs the HTTP
     * requests) 16 concurrent plugin API calls left every request thread waiting for a worker that the same busy pool
     * had not yet started — each call timed out after 5 s and the plugin's routes were given up on.
     */
    @Inject
    @ConfigProperty(name = "tacit.plugins.call-workers", defaultValue = "64")
    int callWorkers;
    private ExecutorService background;
    private ExecutorService callers;
    /** The last call of each line, until it ends (see callLaterInOrder). */
    private final ConcurrentMap<Object, CompletableFuture<Void>> lines = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        callers = pool(callWorkers);
        background = pool(backgroundWorkers > 0 ? backgroundWorkers
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** Up to {@code size} threads, started when needed and stopped after a minute idle; queued while all are busy. */
    private ThreadPoolExecutor pool(int size) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Runs the call and waits for it, at most the time limit. */
    public <T> PluginOutcome<T> call(String pluginId, String what, Callable<T> work) {
        Future<T> future = callers.submit(LogContext.carried(work));
        try {
            return new PluginOutcome.Done<>(future.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(pluginId, what, true, "did not answer within " + timeoutMillis + " ms", Optional.empty());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return failed(pluginId, what, false, String.valueOf(cause), Optional.of(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failed(pluginId, what, false, "interrupted", Optional.of(e));
        }
    }

    /** Runs the call without waiting for it; a watchdog interrupts it at the time limit. */
    public void callLater(String pluginId, String what, Callable<?> work) {
        start(pluginId, what, LogContext.carried(work), new CompletableFuture<>());
    }

    /**
     * As {@link #callLater}, but after the calls made earlier on the same {@code line} have ended (returned, failed or
     * been given up at the time limit): a company's switches of one plugin reach it in the order they were made — on
     * the shared workers a switch off could overtake the switch on before it, leaving the module thinking it was off.
     */
    public void callLaterInOrder(Object line, String pluginId, String what, Callable<?> work) {
        Callable<?> logged = LogContext.carried(work);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        CompletableFuture<Void> before = lines.put(line, ended);
        (before == null ? CompletableFuture.<Void>completedFuture(null) : before)
                .whenComplete((done, failure) -> start(pluginId, what, logged, ended));
        ended.whenComplete((done, failure) -> lines.remove(line, ended));
    }

    /** Starts the call on a worker; {@code ended} completes when it ends or is given up at the time limit. */
    private void start(String pluginId, String what, Callable<?> logged, CompletableFuture<Void> ended) {
        Future<?> future;
        try {
            future = callers.submit(() -> {
                try {
                    return logged.call();
                } catch (InterruptedException stoppedByTheWatchdog) {
                    return null; // already logged as timed out
                } catch (Exception | LinkageError e) {
                    failed(pluginId, what, false, String.valueOf(e), Optional.of(e));
                    return null;
                } finally {
                    ended.complete(null);
                }
            });
        } catch (RejectedExecutionException stopping) {
            failed(pluginId, what, false, "not called: the server is stopping", Optional.of(stopping));
            ended.complete(null);
            return;
        }
        watchdog.schedule(() -> {
            if (!future.isDone()) {
                future.cancel(true);
                failed(pluginId, what, true, "did not finish within " + timeoutMillis + " ms", Optional.empty());
                // a call that ignores the interrupt holds no one behind it
                ended.complete(null);
            }
        }, timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs long work a user started on the few background workers (queued while they are busy), interrupted at the
     * background time limit: one company's mining must not take the cores the others' requests run on.
     */
    public void callInBackground(String pluginId, String what, Callable<?> work) {
        Callable<?> logged = LogContext.carried(work);
        background.execute(() -> {
            Thread worker = Thread.currentThread();
            Object lock = new Object();
            boolean[] done = {false};
            // the limit counts from the start, not from the queue
            ScheduledFuture<?> limit = watchdog.schedule(() -> {
                synchronized (lock) {
                    if (!done[0]) {
                        worker.interrupt();
                        failed(pluginId, what, true, "did not finish within " + backgroundMillis + " ms",
                                Optional.empty());
                    }
                }
            }, backgroundMillis, TimeUnit.MILLISECONDS);
            try {
                logged.call();
            } catch (InterruptedException stoppedByTheWatchdog) {
                // logged by the watchdog
            } catch (Exception | LinkageError e) {
                failed(pluginId, what, false, String.valueOf(e), Optional.of(e));
            } finally {
                synchronized (lock) {
                    done[0] = true;
                }
                limit.cancel(false);
                Thread.interrupted(); // the next work starts without a stale interruption
            }
        });
    }

    @PreDestroy
    void stop() {
        callers.shutdownNow();
        background.shutdownNow();
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    private static <T> PluginOutcome<T> failed(String pluginId, String what, boolean timedOut, String message,
                                               Optional<Throwable> cause) {
        LOG.log(Level.WARNING, cause.orElse(null), () -> "Plugin '" + pluginId + "' failed in " + what + ": "
                + message);
        return new PluginOutcome.Failed<>(pluginId, what, timedOut, message, cause);
    }
}
