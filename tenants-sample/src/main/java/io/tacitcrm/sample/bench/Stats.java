package io.tacitcrm.sample.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as percentiles in milliseconds. */
final class Stats {

    private final long[] samples;
    private int size;

    Stats(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        samples[size++] = nanos;
    }

    /** Adds these samples to {@code other}. */
    void copyTo(Stats other) {
        for (int i = 0; i < size; i++) {
            other.add(samples[i]);
        }
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
        return sorted[index] / 1_000_000.0;
    }

    String summary() {
        return String.format("n=%d p50=%.3f ms p95=%.3f ms p99=%.3f ms", size, percentileMillis(50),
                percentileMillis(95), percentileMillis(99));
    }
}
