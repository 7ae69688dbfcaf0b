package io.tacitcrm.exchange.domain;

import java.util.List;

/** The outcome of an import or a dry run: rows read, rows imported, and every refused row with its reasons. */
public record ImportReport(String encoding, int rows, int imported, boolean dryRun, ImportMode mode,
        List<RowProblem> problems) {

    /** At most this many problems are listed; the count of invalid rows is always complete. */
    public static final int PROBLEMS_LISTED = 1000;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean rejected() {
        return mode == ImportMode.ALL_OR_NOTHING && !problems.isEmpty();
    }
}
