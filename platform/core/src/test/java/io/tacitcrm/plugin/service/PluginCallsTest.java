package io.tacitcrm.plugin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PluginCallsTest {

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final PluginCalls calls = new PluginCalls();

    @BeforeEach
    void start() {
        calls.watchdog = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> method.invoke(clock, args));
        calls.threads = (ManagedThreadFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedThreadFactory.class},
                (proxy, method, args) -> method.invoke(Executors.defaultThreadFactory(), args));
        calls.callWorkers = 8;
        calls.backgroundWorkers = 1;
        calls.timeoutMillis = 300;
        calls.start();
    }

    @AfterEach
    void stop() {
        calls.stop();
        clock.shutdownNow();
    }

    @Test
    void calls_on_one_line_run_one_after_another_in_the_order_they_were_made() throws Exception {
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(40);
        for (int i = 0; i < 40; i++) {
            int call = i;
            calls.callLaterInOrder(List.of("company", "module"), "module", "onEnabled", () -> {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                ran.add(call);
                all.countDown();
                return null;
            });
        }

        assertTrue(all.await(10, TimeUnit.SECONDS));
        assertEquals(IntStream.range(0, 40).boxed().toList(), ran);
    }

    @Test
    void a_call_that_ignores_its_time_limit_holds_the_line_only_until_the_limit() throws Exception {
        CountDownLatch next = new CountDownLatch(1);
        long[] hungUntil = new long[1];
        calls.callLaterInOrder("line", "module", "onEnabled", () -> {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < end) {
                Thread.onSpinWait(); // deaf to the interrupt
            }
            hungUntil[0] = System.nanoTime();
            return null;
        });
        calls.callLaterInOrder("line", "module", "onDisabled", () -> {
            next.countDown();
            return null;
        });

        assertTrue(next.await(2, TimeUnit.SECONDS), "the next call ran soon after the first one's 300 ms limit");
        assertEquals(0, hungUntil[0], "while the first one was still running");
    }
}
