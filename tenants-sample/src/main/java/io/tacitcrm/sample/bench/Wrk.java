package io.tacitcrm.sample.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        try {
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0 || out.contains("Non-2xx") || out.contains("Socket errors")) {
                throw new IllegalStateException("wrk on " + url + " failed or got errors:\n" + out);
            }
            return parse(out);
        } catch (IOException e) {
            throw new IllegalStateException("wrk could not run (apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
