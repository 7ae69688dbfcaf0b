package io.tacitcrm.sales.domain;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An opportunity moved from one stage to another (or entered its first), at a time, by someone, while someone owned
 * it. Never changed.
 */
@Entity
@Table(name = "stage_change")
public class StageChange extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "opportunity_id")
    private UUID opportunityId;
    @Column(name = "from_stage_id")
    private UUID fromStageId;
    @Column(name = "to_stage_id")
    private UUID toStageId;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(name = "owner_id")
    private UUID ownerId;

    protected StageChange() {
    }

    /** The deal has just entered its current stage, coming {@code from} another (or none: it is new). */
    public StageChange(UUID id, Opportunity entered, Optional<StageId> from, Instant at, UserId by) {
        this.id = id;
        this.opportunityId = entered.id().value();
        this.fromStageId = from.map(StageId::value).orElse(null);
        this.toStageId = entered.stage().value();
        this.changedAt = at;
        this.changedBy = by.value();
        this.ownerId = entered.owner().value();
    }

    public Optional<StageId> from() {
        return Optional.ofNullable(fromStageId).map(StageId::new);
    }

    public StageId to() {
        return new StageId(toStageId);
    }

    public Instant at() {
        return changedAt;
    }

    public UserId by() {
        return new UserId(changedBy);
    }

    /** Who owned the deal when it entered the stage. */
    public UserId owner() {
        return new UserId(ownerId);
    }
}
