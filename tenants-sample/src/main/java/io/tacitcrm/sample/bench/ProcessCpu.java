package io.tacitcrm.sample.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of this machine's processes by what they are (the Liberty server, PostgreSQL, wrk, the rest), from
 * {@code /proc}: two snapshots give the cores each used in between.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

    /** CPU seconds by group at one moment. */
    record Snapshot(long nanos, Map<String, Double> seconds) {

        /** Cores each group used from {@code earlier} to this snapshot, e.g. "server 1.21, postgres 0.52". */
        String coresSince(Snapshot earlier) {
            double elapsed = (nanos - earlier.nanos) / 1e9;
            return seconds.entrySet().stream().filter(e -> !e.getKey().equals("other"))
                    .map(e -> String.format("%s %.2f", e.getKey(),
                            (e.getValue() - earlier.seconds.getOrDefault(e.getKey(), 0.0)) / elapsed))
                    .collect(Collectors.joining(", "));
        }

        /** CPU milliseconds per request of the server and of PostgreSQL from {@code earlier} to this snapshot. */
        String millisPer(Snapshot earlier, long requests) {
            return String.format("server %.2f, postgres %.2f", perRequest(earlier, "server", requests),
                    perRequest(earlier, "postgres", requests));
        }

        private double perRequest(Snapshot earlier, String group, long requests) {
            return (seconds.getOrDefault(group, 0.0) - earlier.seconds.getOrDefault(group, 0.0)) * 1000
                    / Math.max(1, requests);
        }
    }

    private ProcessCpu() {
    }

    static Snapshot now() {
        Map<String, Double> seconds = new TreeMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> read(p).ifPresent(e -> seconds.merge(e.getKey(), e.getValue(), Double::sum)));
        } catch (IOException e) {
            throw new IllegalStateException("/proc could not be read", e);
        }
        return new Snapshot(System.nanoTime(), seconds);
    }

    private static Optional<Map.Entry<String, Double>> read(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            return Optional.of(Map.entry(group(stat, command), cpu));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the process ended between the listing and the read
        }
    }

    private static String group(String stat, String command) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (command.contains("ws-server.jar")) {
            return "server";
        }
        if (name.equals("postgres")) {
            return "postgres";
        }
        if (name.equals("wrk")) {
            return "wrk";
        }
        return "other";
    }

    /** CPU seconds one process has used so far (user and system): one server among several. */
    static double secondsOf(long pid) {
        return read(Path.of("/proc", Long.toString(pid))).map(Map.Entry::getValue)
                .orElseThrow(() -> new IllegalStateException("no process " + pid));
    }

    /** Resident memory of a process in MiB, now and at its peak ({@code VmRSS}, {@code VmHWM}). */
    static long[] residentMib(long pid) {
        try {
            long[] kib = new long[2];
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    kib[0] = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    kib[1] = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return new long[]{kib[0] / 1024, kib[1] / 1024};
        } catch (IOException e) {
            throw new IllegalStateException("no process " + pid, e);
        }
    }
}
