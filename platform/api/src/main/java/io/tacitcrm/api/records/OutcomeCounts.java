package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.Optional;

/** How many of a set of opportunities are open, won and lost. */
@Stable(since = "0.1")
public record OutcomeCounts(int open, int won, int lost) {

    /** Won among closed ones, empty while none is closed. */
    public Optional<Double> winRate() {
        int closed = won + lost;
        return closed == 0 ? Optional.empty() : Optional.of((double) won / closed);
    }
}
