package io.tacitcrm.sample.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load driver for a mixed workload: {@code users} threads, each sending one request after the other,
 * every request chosen from a weighted mix. It keeps every request's start, latency and status, and the id of every
 * record a write acknowledged (2xx), so a benchmark can afterwards check that none of them is missing.
 */
final class LoadDriver {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /**
     * One kind of request: a name, its weight in the mix, the table a write adds a row to (empty for a read), and how
     * to build it from a random source.
     */
    record Call(String name, int weight, Optional<String> writesTo, Function<Random, HttpRequest.Builder> request) {
    }

    /** A record a write's 2xx answer acknowledged: its table and id. */
    record Written(String table, UUID id) {
    }

    /** What one request did, times in nanoseconds since the run began; {@code status} 0 when no answer came. */
    record Sample(String call, long startNanos, long latencyNanos, int status) {

        boolean failed() {
            return status == 0 || status >= 400;
        }
    }

    /** A run's samples and acknowledged writes. */
    record Run(List<Sample> samples, List<Written> written, long beganNanos, Duration length) {

        double rate() {
            return samples.size() / (length.toNanos() / 1e9);
        }

        long failures() {
            return samples.stream().filter(Sample::failed).count();
        }

        double percentileMillis(double p) {
            return latencies(samples).percentileMillis(p);
        }

        double worstMillis() {
            return samples.stream().mapToLong(Sample::latencyNanos).max().orElse(0) / 1e6;
        }

        String summary() {
            return String.format("%,d requests, %,.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, worst %.0f ms, "
                    + "%d failed, %,d writes acknowledged", samples.size(), rate(), percentileMillis(50),
                    percentileMillis(95), percentileMillis(99), worstMillis(), failures(), written.size());
        }
    }

    /** The latencies of {@code samples}, for percentiles. */
    static Stats latencies(List<Sample> samples) {
        Stats stats = new Stats(samples.size());
        samples.forEach(s -> stats.add(s.latencyNanos()));
        return stats;
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Call> mix;
    private final int totalWeight;

    LoadDriver(List<Call> mix) {
        this.mix = List.copyOf(mix);
        this.totalWeight = mix.stream().mapToInt(Call::weight).sum();
    }

    /** A GET of {@code path} (relative to {@code api}) with the bearer token. */
    static HttpRequest.Builder get(URI api, String bearer, String path) {
        return HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + bearer)
                .timeout(Duration.ofSeconds(30)).GET();
    }

    /** A POST of a JSON body. */
    static HttpRequest.Builder post(URI api, String bearer, String path, String json) {
        return HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** {@code users} threads for {@code length}; each user's random source is seeded by its number. */
    Run run(int users, Duration length) throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Written> written = new ConcurrentLinkedQueue<>();
        long began = System.nanoTime();
        long end = began + length.toNanos();
        CountDownLatch done = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            Random random = new Random(u);
            Thread.ofPlatform().name("load-" + u).daemon().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Call call = pick(random);
                        samples.add(send(call, call.request().apply(random).build(), began, written));
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        return new Run(Collections.unmodifiableList(sorted), List.copyOf(written), began,
                Duration.ofNanos(System.nanoTime() - began));
    }

    private Call pick(Random random) {
        int r = random.nextInt(totalWeight);
        for (Call call : mix) {
            r -= call.weight();
            if (r < 0) {
                return call;
            }
        }
        return mix.getLast();
    }

    private Sample send(Call call, HttpRequest request, long began, ConcurrentLinkedQueue<Written> written) {
        long start = System.nanoTime();
        int status;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (call.writesTo().isPresent() && status / 100 == 2) {
                Matcher id = ID.matcher(response.body());
                if (!id.find()) {
                    throw new IllegalStateException(call.name() + " answered " + status + " without an id");
                }
                written.add(new Written(call.writesTo().get(), UUID.fromString(id.group(1))));
            }
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        return new Sample(call.name(), start - began, System.nanoTime() - start, status);
    }
}
