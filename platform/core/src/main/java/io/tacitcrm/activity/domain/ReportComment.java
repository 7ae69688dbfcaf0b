package io.tacitcrm.activity.domain;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A manager's (or the author's) remark on a daily report. */
@Entity
@Table(name = "daily_report_comment")
public class ReportComment extends TenantOwned {

    public static final int MAX = 2000;

    @Id
    private UUID id;
    @Column(name = "report_id")
    private UUID reportId;
    @Column(name = "author_id")
    private UUID authorId;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ReportComment() {
    }

    public ReportComment(UUID id, UUID reportId, UserId author, String body, Instant now) {
        this.id = id;
        this.reportId = reportId;
        this.authorId = author.value();
        this.body = body;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public UserId author() {
        return new UserId(authorId);
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
