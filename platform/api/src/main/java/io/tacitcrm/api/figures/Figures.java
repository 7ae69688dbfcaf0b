package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Sums and counts computed by the host in the database over the records the user may open — a deal, footprint or
 * report the user could not open is never counted — narrowed further to the {@link Owners} asked for. Time ranges are
 * {@code [from, to)}; amounts are in one currency at a time. Lists come in no promised order unless stated.
 */
@Beta
public interface Figures {

    /** The company's sales stages, retired ones included, in process order. */
    List<Stage> stages();

    /** Won deals closed in {@code [from, to)} in the currency, summed per customer or per owner, largest first. */
    List<Revenue> won(Breakdown by, Owners owners, Instant from, Instant to, String currency);

    /**
     * Open deals (not closed, in an open stage) in the currency per stage and owner, of those whose expected close
     * date lies in {@code [closeFrom, closeTo)} when given (a deal without a close date then does not count).
     */
    List<OpenDeals> open(Owners owners, Optional<LocalDate> closeFrom, Optional<LocalDate> closeTo, String currency);

    /**
     * The stays in a stage that began in {@code [from, to)}, with when and where each ended if it did. A stay is
     * the owner's who held the deal when it began (so {@code owners} narrows by that owner). At most 200,000; ask for
     * a shorter range when {@link IllegalArgumentException} says there are more.
     */
    List<StageStay> stageStays(Owners owners, Instant from, Instant to);

    /** Footprints whose time lies in {@code [from, to)}, counted per owner, type and status. */
    List<FootprintTally> footprints(Owners owners, Instant from, Instant to);

    /** Per owner, the different customers with a done footprint of theirs in {@code [from, to)}. */
    List<Reach> reach(Owners owners, Instant from, Instant to);

    /**
     * Of these customers, those the user may open, with their latest done footprint and the number of different
     * contacts in done footprints at or after {@code since}. At most 10,000 ids.
     */
    List<Engagement> engagement(Collection<UUID> customerIds, Instant since);

    /**
     * Daily reports submitted for days in {@code [from, to)}, per author — the user's own and those of users below
     * the user's role (whose reports the user may read); other authors are left out.
     */
    List<ReportTally> dailyReports(Owners owners, LocalDate from, LocalDate to);

    /** The targets of a month ({@code quarter} false) or quarter starting on {@code start} that the user may see. */
    List<Target> targets(boolean quarter, LocalDate start);

    /**
     * The deals closed in {@code [from, to)} that the user may open, each with its history, handed to {@code each} one
     * at a time as the database streams them (on the caller's thread; throw to stop early). Footprints count as
     * everywhere in the figures: only those whose customer the user may open. Returns how many deals were handed.
     *
     * @since 0.4
     */
    default long closedDeals(Owners owners, Instant from, Instant to, Consumer<DealHistory> each) {
        throw new UnsupportedOperationException("needs a host with platform API 0.4");
    }

    /**
     * How many deals {@link #closedDeals} would hand, counted without reading their histories (for progress).
     *
     * @since 0.4
     */
    default long closedDealCount(Owners owners, Instant from, Instant to) {
        throw new UnsupportedOperationException("needs a host with platform API 0.4");
    }

    /**
     * The open deals the user may open, owned as {@code owners} says, each with its history, streamed as
     * {@link #closedDeals} does. Returns how many deals were handed.
     *
     * @since 0.4
     */
    default long openDeals(Owners owners, Consumer<DealHistory> each) {
        throw new UnsupportedOperationException("needs a host with platform API 0.4");
    }

    /**
     * One deal's history; empty when the user may not open the deal.
     *
     * @since 0.4
     */
    default Optional<DealHistory> history(UUID opportunityId) {
        throw new UnsupportedOperationException("needs a host with platform API 0.4");
    }
}
