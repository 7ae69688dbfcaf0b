package io.tacitcrm.plugin.domain;

import io.tacitcrm.api.figures.Breakdown;
import io.tacitcrm.api.figures.Engagement;
import io.tacitcrm.api.figures.FootprintTally;
import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Reach;
import io.tacitcrm.api.figures.ReportTally;
import io.tacitcrm.api.figures.Revenue;
import io.tacitcrm.api.figures.StageStay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SDK's figures as database queries of the bound tenant, each counting only what its scope lets through. */
public interface FigureQueries {

    List<Revenue> won(Breakdown by, FigureScope scope, Instant from, Instant to, String currency);

    List<OpenDeals> open(FigureScope scope, Optional<LocalDate> closeFrom, Optional<LocalDate> closeTo,
                         String currency);

    /**
     * Every stage change at or after {@code from} of the deals in scope (owned as the scope says when the change
     * happened), per deal in time order; at most limit.
     */
    List<StageChangeRow> changesSince(FigureScope scope, Instant from, int limit);

    List<FootprintTally> footprints(FigureScope scope, Instant from, Instant to);

    List<Reach> reach(FigureScope scope, Instant from, Instant to);

    List<Engagement> engagement(FigureScope scope, Collection<UUID> customerIds, Instant since);

    List<ReportTally> dailyReports(FigureScope scope, ReportReader reader, LocalDate from, LocalDate to);

    /** One stage change: the deal, its owner, the stage it entered and when. */
    record StageChangeRow(UUID opportunityId, UUID ownerId, UUID stageId, Instant at) {
    }
}
