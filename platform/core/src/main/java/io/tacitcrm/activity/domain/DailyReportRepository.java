package io.tacitcrm.activity.domain;

import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Daily reports and their comments in the current tenant. */
public interface DailyReportRepository {

    Optional<DailyReport> find(UUID id);

    Optional<DailyReport> of(UserId author, LocalDate date);

    /** Reports of the given authors between two dates (inclusive), newest date first; at most {@code limit}. */
    List<DailyReport> between(Collection<UserId> authors, LocalDate from, LocalDate to, int limit);

    void add(DailyReport report);

    void add(ReportComment comment);

    /** The comments of each report, oldest first. */
    Map<UUID, List<ReportComment>> comments(Collection<UUID> reports);

    /** Footprints of one person in a time window, counted by type and status, with the number of customers touched. */
    DaySummary summarize(UserId owner, Instant from, Instant to);

    void flush();
}
