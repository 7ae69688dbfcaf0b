package io.tacitcrm.ops.service;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.FixedLimit;
import com.netflix.concurrency.limits.limiter.LifoBlockingLimiter;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@code concurrent} requests in progress; up to {@code backlog} more wait for a turn, newest first (the
 * callers of the oldest have most likely given up), for at most {@code wait}; the rest are refused at once. Past the
 * knee of the server's throughput, more requests in progress only make every one of them slower.
 */
public final class AdmissionLimit {

    /** A request's turn: give it back when the request ends. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private final SimpleLimiter<Void> running;
    private final Limiter<Void> limiter;
    private final int concurrent;
    private final int backlog;
    private final Duration wait;

    AdmissionLimit(int concurrent, int backlog, Duration wait) {
        if (concurrent < 1 || backlog < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("admission: concurrent ≥ 1, backlog ≥ 0 and wait ≥ 0, not "
                    + concurrent + ", " + backlog + ", " + wait);
        }
        this.concurrent = concurrent;
        this.backlog = backlog;
        this.wait = wait;
        this.running = new SimpleLimiter.Builder().named("tacit-api").limit(FixedLimit.of(concurrent)).build();
        this.limiter = backlog == 0 ? running : LifoBlockingLimiter.newBuilder(running).backlogSize(backlog)
                .backlogTimeoutMillis(wait.toMillis()).build();
    }

    /** A turn, after waiting in the backlog if need be; empty when the server is at capacity. */
    Optional<Turn> enter() {
        return limiter.acquire(null).map(listener -> listener::onSuccess);
    }

    int concurrent() {
        return concurrent;
    }

    int backlog() {
        return backlog;
    }

    Duration waitLimit() {
        return wait;
    }

    int inProgress() {
        return running.getInflight();
    }
}
