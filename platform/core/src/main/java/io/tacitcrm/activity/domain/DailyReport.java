package io.tacitcrm.activity.domain;

import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A rep's report of one day: progress, plan for tomorrow, obstacles. One per person per date. */
@Entity
@Table(name = "daily_report")
public class DailyReport extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "author_id")
    private UUID authorId;
    @Column(name = "report_date")
    private LocalDate reportDate;
    @Column(name = "time_zone")
    private String timeZone;
    private String progress;
    private String plan;
    private String obstacles;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected DailyReport() {
    }

    public DailyReport(UUID id, UserId author, LocalDate date, ReportText text, ZoneId zone, Instant now) {
        this.id = id;
        this.authorId = author.value();
        this.reportDate = date;
        this.submittedAt = now;
        rewrite(text, zone, now);
    }

    public void rewrite(ReportText text, ZoneId zone, Instant now) {
        this.progress = text.progress();
        this.plan = text.plan();
        this.obstacles = text.obstacles();
        this.timeZone = zone.getId();
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UserId author() {
        return new UserId(authorId);
    }

    public LocalDate date() {
        return reportDate;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public ReportText text() {
        return StoredFacts.read(() -> new ReportText(progress, plan, obstacles));
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
