package io.tacitcrm.sales.domain;

import io.tacitcrm.access.domain.RecordRef;
import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A deal being worked at a customer: it moves through the tenant's stages, each move kept in the stage history. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends TenantOwned {

    /** The name of this object in sharing defaults, shares and access checks. */
    public static final String OBJECT_TYPE = "opportunity";

    @Id
    private UUID id;
    @Column(name = "account_id")
    private UUID accountId;
    private String name;
    private BigDecimal amount;
    private String currency;
    @Column(name = "stage_id")
    private UUID stageId;
    @Column(name = "close_date")
    private LocalDate closeDate;
    @Column(name = "primary_contact_id")
    private UUID primaryContactId;
    @Column(name = "next_step")
    private String nextStep;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "stage_entered_at")
    private Instant stageEnteredAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "close_reason_id")
    private UUID closeReasonId;
    private String competitor;
    @Version
    private long version;

    protected Opportunity() {
    }

    public Opportunity(OpportunityId id, AccountId account, OpportunityDetails details, SalesStage stage, UserId owner,
                       UserId creator, Instant now) {
        this.id = id.value();
        this.accountId = account.value();
        this.ownerId = owner.value();
        this.createdBy = creator.value();
        this.createdAt = now;
        update(details, now);
        enter(stage, now, Optional.empty(), Optional.empty());
    }

    public void update(OpportunityDetails details, Instant now) {
        this.name = details.name();
        this.amount = details.amount().orElse(null);
        this.currency = details.currency();
        this.closeDate = details.closeDate().orElse(null);
        this.primaryContactId = details.primaryContact().map(ContactId::value).orElse(null);
        this.nextStep = details.nextStep().orElse(null);
        this.updatedAt = now;
    }

    /**
     * Moves into {@code stage}; closing stages (won or lost) record when the deal closed, and why ({@code outcome}: a
     * reason of the stage's kind, checked by the caller). Back in an open stage, the deal has no outcome.
     */
    public void enter(SalesStage stage, Instant now, Optional<CloseReason> reason, Optional<String> against) {
        this.stageId = stage.id().value();
        this.stageEnteredAt = now;
        this.closedAt = stage.kind() == StageKind.OPEN ? null : now;
        this.closeReasonId = stage.kind() == StageKind.OPEN ? null : reason.map(CloseReason::id).orElse(null);
        this.competitor = stage.kind() == StageKind.OPEN ? null : against.orElse(null);
        this.updatedAt = now;
    }

    /** Why the deal was won or lost, if it is closed and the reason was given. */
    public Optional<UUID> closeReason() {
        return Optional.ofNullable(closeReasonId);
    }

    /** Whom the deal was won against or lost to, if said. */
    public Optional<String> competitor() {
        return Optional.ofNullable(competitor);
    }

    public void reassign(UserId newOwner, Instant now) {
        this.ownerId = newOwner.value();
        this.updatedAt = now;
    }

    public boolean hasFilled(OpportunityField field) {
        return switch (field) {
            case AMOUNT -> amount != null && amount.signum() > 0;
            case CLOSE_DATE -> closeDate != null;
            case PRIMARY_CONTACT -> primaryContactId != null;
            case NEXT_STEP -> nextStep != null && !nextStep.isBlank();
        };
    }

    public OpportunityId id() {
        return new OpportunityId(id);
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public OpportunityDetails details() {
        return StoredFacts.read(() -> new OpportunityDetails(name, Optional.ofNullable(amount), currency,
                Optional.ofNullable(closeDate), Optional.ofNullable(primaryContactId).map(ContactId::new),
                Optional.ofNullable(nextStep)));
    }

    public StageId stage() {
        return new StageId(stageId);
    }

    public UserId owner() {
        return new UserId(ownerId);
    }

    /** This opportunity as record access sees it. */
    public RecordRef ref() {
        return RecordRef.owned(OBJECT_TYPE, id, owner());
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant stageEnteredAt() {
        return stageEnteredAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }
}
