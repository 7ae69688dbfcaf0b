package io.tacitcrm.ops.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.ops.service.AdmissionLimit.Turn;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionLimitTest {

    @Test
    void requests_up_to_the_limit_run_and_a_turn_given_back_admits_the_next() {
        AdmissionLimit limit = new AdmissionLimit(2, 0, Duration.ZERO);
        Turn first = limit.enter().orElseThrow();
        Turn second = limit.enter().orElseThrow();
        assertEquals(2, limit.inProgress());
        assertTrue(limit.enter().isEmpty(), "a third is refused at once without a backlog");
        first.close();
        assertTrue(limit.enter().isPresent());
        second.close();
    }

    @Test
    void a_waiting_request_gets_the_turn_given_back_while_it_waits() throws Exception {
        AdmissionLimit limit = new AdmissionLimit(1, 1, Duration.ofSeconds(10));
        Turn running = limit.enter().orElseThrow();
        CountDownLatch asking = new CountDownLatch(1);
        CompletableFuture<Optional<Turn>> waiting = CompletableFuture.supplyAsync(() -> {
            asking.countDown();
            return limit.enter();
        });
        asking.await();
        Thread.sleep(100);
        assertTrue(!waiting.isDone(), "it waits in the backlog");
        running.close();
        Optional<Turn> turn = waiting.get(5, TimeUnit.SECONDS);
        assertTrue(turn.isPresent());
        assertEquals(1, limit.inProgress());
        turn.get().close();
        assertEquals(0, limit.inProgress());
    }

    @Test
    void a_waiting_request_is_refused_after_the_wait_and_one_past_the_backlog_at_once() throws Exception {
        AdmissionLimit limit = new AdmissionLimit(1, 1, Duration.ofMillis(300));
        Turn running = limit.enter().orElseThrow();
        long start = System.nanoTime();
        CompletableFuture<Optional<Turn>> waiting = CompletableFuture.supplyAsync(limit::enter);
        while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(100)) {
            Thread.onSpinWait();
        }
        long past = System.nanoTime();
        assertTrue(limit.enter().isEmpty(), "the backlog is full");
        assertTrue(System.nanoTime() - past < TimeUnit.MILLISECONDS.toNanos(200), "refused without waiting");
        assertTrue(waiting.get(5, TimeUnit.SECONDS).isEmpty(), "refused once its wait is over");
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(300));
        running.close();
    }

    @Test
    void nonsense_sizes_are_refused_at_start() {
        assertThrows(IllegalArgumentException.class, () -> new AdmissionLimit(0, 1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new AdmissionLimit(1, -1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new AdmissionLimit(1, 1, Duration.ofSeconds(-1)));
    }
}
