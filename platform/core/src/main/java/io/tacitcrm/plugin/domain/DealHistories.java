package io.tacitcrm.plugin.domain;

import io.tacitcrm.api.figures.DealHistory;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/** Deals' histories — stage visits and done footprints — for the SDK's figures, streamed in chunks. */
public interface DealHistories {

    /** Which deals: those closed in {@code [from, to)}, those still open, or one. */
    sealed interface Selection {

        record Closed(Instant from, Instant to) implements Selection {
        }

        record Open() implements Selection {
        }

        record One(UUID opportunityId) implements Selection {
        }
    }

    /** Hands each selected deal in scope to {@code each}, in id order; returns how many. */
    long stream(FigureScope scope, Selection which, Consumer<DealHistory> each);

    /** How many deals {@link #stream} would hand. */
    long count(FigureScope scope, Selection which);
}
