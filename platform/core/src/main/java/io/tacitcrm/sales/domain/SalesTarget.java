package io.tacitcrm.sales.domain;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How much a person, or a role with everyone below it, should win in a month or quarter. */
@Entity
@Table(name = "sales_target")
public class SalesTarget extends TenantOwned {

    /** Whose target: one user, or a role and its subtree (a manager's team). */
    public enum Subject {
        USER, ROLE
    }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    private Subject subjectType;
    @Column(name = "subject_id")
    private UUID subjectId;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    private TargetPeriod.Kind periodKind;
    @Column(name = "period_start")
    private LocalDate periodStart;
    private BigDecimal amount;
    private String currency;
    @Column(name = "set_by")
    private UUID setBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected SalesTarget() {
    }

    public SalesTarget(UUID id, Subject subject, UUID subjectId, TargetPeriod period, BigDecimal amount,
            String currency,
                       UserId setBy, Instant now) {
        this.id = id;
        this.subjectType = subject;
        this.subjectId = subjectId;
        this.periodKind = period.kind();
        this.periodStart = period.start();
        this.currency = currency;
        change(amount, setBy, now);
    }

    public void change(BigDecimal newAmount, UserId by, Instant now) {
        this.amount = newAmount;
        this.setBy = by.value();
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public Subject subject() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public TargetPeriod period() {
        return new TargetPeriod(periodKind, periodStart);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public UserId setBy() {
        return new UserId(setBy);
    }

    public long version() {
        return version;
    }
}
