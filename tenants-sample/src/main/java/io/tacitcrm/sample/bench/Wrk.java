package io.tacitcrm.sample.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk} (apt-get install wrk) as a load generator: written in C, it costs the two shared cores far less
 * than a Java client would, and it reads answers without parsing them — so what it measures is the server.
 */
final class Wrk {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$");
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("^\\s+(\\d+) requests in");

    /** What one run measured: latency percentiles in milliseconds, requests per second, requests in all. */
    record Result(double p50, double p90, double p99, double rate, long requests) {

        String latency() {
            return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms", p50, p90, p99);
        }
    }

    private static final Pattern STATUS = Pattern.compile("^status (\\d+) (\\d+)$");
    private static final Pattern MIX_LATENCY = Pattern.compile("^latency (\\d+) (\\d+)$");
    private static final Pattern TIMEOUTS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write "
            + "(\\d+), timeout (\\d+)");

    /**
     * What a run of a request list measured: requests per second, latency percentiles in milliseconds (p50, p95,
     * p99; of the requests answered within the timeout), answers by status, and requests that got no answer (timed
     * out or their connection failed).
     */
    record MixResult(double rate, long requests, double p50, double p95, double p99, Map<Integer, Long> statuses,
            long unanswered) {

        long withStatus(int from, int to) {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() < to)
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    private Wrk() {
    }

    /** Fails early, with the way out, when wrk is not installed. */
    static void requireInstalled() {
        try {
            new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("wrk is needed for this benchmark: apt-get install wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code connections} connections on {@code threads} threads for {@code duration}, every answer 2xx. */
    static Result run(URI url, String bearer, int threads, int connections, Duration duration) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d"
                + duration.toSeconds() + "s", "--latency", "-H", "Authorization: Bearer " + bearer, url.toString()));
        String out = execute(new ProcessBuilder(command));
        if (out.contains("Non-2xx") || out.contains("Socket errors")) {
            throw new IllegalStateException("wrk on " + url + " got errors:\n" + out);
        }
        return parse(out);
    }

    /**
     * Replays the request list {@code requests} ({@code wrk-mix.lua}) with {@code connections} connections for
     * {@code duration}; a request unanswered after {@code timeout} counts as unanswered, not in the latencies.
     */
    static MixResult mix(URI base, Path script, Path requests, int connections, Duration duration, Duration timeout) {
        int threads = Math.min(2, connections);
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", timeout.toSeconds() + "s", "-s", script.toString(), base.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TACIT_WRK_REQUESTS", requests.toString());
        return parseMix(execute(builder));
    }

    /** Runs wrk and answers what it printed; fails when it could not run or exited with an error. */
    private static String execute(ProcessBuilder builder) {
        try {
            Process wrk = builder.redirectErrorStream(true).start();
            String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("wrk could not run (apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static MixResult parseMix(String out) {
        Map<Integer, Long> statuses = new TreeMap<>();
        double[] latency = new double[3];
        long unanswered = 0;
        for (String line : out.split("\n")) {
            Matcher s = STATUS.matcher(line.strip());
            if (s.matches()) {
                statuses.merge(Integer.parseInt(s.group(1)), Long.parseLong(s.group(2)), Long::sum);
            }
            Matcher l = MIX_LATENCY.matcher(line.strip());
            if (l.matches()) {
                int slot = switch (l.group(1)) {
                    case "50" -> 0;
                    case "95" -> 1;
                    default -> 2;
                };
                latency[slot] = Long.parseLong(l.group(2)) / 1000.0;
            }
            Matcher t = TIMEOUTS.matcher(line);
            if (t.find()) {
                unanswered = Long.parseLong(t.group(1)) + Long.parseLong(t.group(2)) + Long.parseLong(t.group(3))
                        + Long.parseLong(t.group(4));
            }
        }
        Result plain = parse(out);
        return new MixResult(plain.rate(), plain.requests(), latency[0], latency[1], latency[2], statuses,
                unanswered);
    }

    static Result parse(String out) {
        double[] percentiles = new double[3];
        double rate = 0;
        long requests = 0;
        for (String line : out.split("\n")) {
            Matcher p = PERCENTILE.matcher(line);
            if (p.matches()) {
                int slot = switch (p.group(1)) {
                    case "50" -> 0;
                    case "90" -> 1;
                    default -> 2;
                };
                percentiles[slot] = millis(Double.parseDouble(p.group(2)), p.group(3));
            }
            Matcher r = RATE.matcher(line);
            if (r.find()) {
                rate = Double.parseDouble(r.group(1));
            }
            Matcher t = TOTAL.matcher(line);
            if (t.find()) {
                requests = Long.parseLong(t.group(1));
            }
        }
        if (requests == 0) {
            throw new IllegalStateException("no requests in wrk's output:\n" + out);
        }
        return new Result(percentiles[0], percentiles[1], percentiles[2], rate, requests);
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
