package io.tacitcrm.sample.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Collects a benchmark's lines, logs them, and writes them to {@code target/benchmarks/NAME.txt}. */
final class BenchmarkReport {

    private static final Logger LOG = Logger.getLogger("io.tacitcrm.sample.bench");
    private final String name;
    private final List<String> lines = new ArrayList<>();

    BenchmarkReport(String name) {
        this.name = name;
        line("# " + name + " — " + Instant.now() + " — " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version());
    }

    void line(String text) {
        lines.add(text);
        LOG.info(text);
    }

    Path write() throws IOException {
        Path file = Path.of(System.getProperty("tacit.bench.dir", "target/benchmarks")).resolve(name + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        LOG.info("Figures written to " + file.toAbsolutePath());
        return file;
    }
}
