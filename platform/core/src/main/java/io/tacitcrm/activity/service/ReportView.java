package io.tacitcrm.activity.service;

import io.tacitcrm.activity.domain.DaySummary;
import io.tacitcrm.activity.domain.ReportText;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A daily report as readers see it: the text, the generated summary of the day's footprints, and comments. */
public record ReportView(UUID id, UserId author, String authorName, LocalDate date, ReportText text, DaySummary summary,
                         List<CommentView> comments, Instant submittedAt, Instant updatedAt, long version) {

    public record CommentView(UUID id, UserId author, String authorName, String body, Instant createdAt) {
    }
}
