package io.tacitcrm.it.faults;

import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A few clients creating customers as fast as they are answered, recording every answer: which writes were
 * acknowledged (201, with the new id), every other status with a sample of its problem, and the slowest answer.
 */
final class WriteLoad implements AutoCloseable {

    /** How one answer was: its status, its problem's code (if any), when it came back, how long it took. */
    record Answer(int status, Optional<String> code, Optional<String> retryAfter, long atNanos, Duration took) {
    }

    private final ExecutorService clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final AtomicLong slowestNanos = new AtomicLong();

    private WriteLoad(TacitClient api, int clientCount) {
        clients = Executors.newFixedThreadPool(clientCount);
        IntStream.range(0, clientCount).forEach(client -> clients.execute(() -> drive(api, client)));
    }

    static WriteLoad start(TacitClient api, int clients) {
        return new WriteLoad(api, clients);
    }

    private void drive(TacitClient api, int client) {
        for (int n = 0; running.get(); n++) {
            long start = System.nanoTime();
            try {
                Reply reply = api.post("accounts", Json.createObjectBuilder().add("name", "Load " + client + "-" + n)
                        .build());
                long end = System.nanoTime();
                slowestNanos.accumulateAndGet(end - start, Math::max);
                Optional<String> code = Optional.ofNullable(reply.body().getString("code", null));
                answers.add(new Answer(reply.status(), code, reply.raw().headers().firstValue("Retry-After"), end,
                        Duration.ofNanos(end - start)));
                if (reply.status() == 201) {
                    acknowledged.add(reply.body().getString("id"));
                } else {
                    failures.putIfAbsent(reply.status() + " " + code.orElse(""), reply.body().toString());
                    TimeUnit.MILLISECONDS.sleep(50); // a client that backs off a little, as Retry-After asks
                }
            } catch (IllegalStateException e) {
                failures.putIfAbsent("no answer", String.valueOf(e.getMessage()));
                answers.add(new Answer(0, Optional.empty(), Optional.empty(), System.nanoTime(),
                        Duration.ofNanos(System.nanoTime() - start)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** How many answers of each status and problem code ("201", "503 database.unavailable"), in order. */
    Map<String, Long> statuses() {
        Map<String, Long> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status() + a.code().map(c -> " " + c).orElse(""), 1L, Long::sum));
        return statuses;
    }

    /** A sample problem per status and code that was not a 201. */
    Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    Duration slowest() {
        return Duration.ofNanos(slowestNanos.get());
    }

    /** The first acknowledged write answered after {@code nanos} ({@link System#nanoTime()}), if any. */
    Optional<Long> firstAcknowledgedAfter(long nanos) {
        return answers.stream().filter(a -> a.status() == 201 && a.atNanos() > nanos).map(Answer::atNanos)
                .min(Long::compare);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new AssertionError("a load client still waits for an answer two minutes on");
        }
    }
}
