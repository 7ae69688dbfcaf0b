package io.tacitcrm.activity.domain;

import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A footprint: one call, visit, meeting, e-mail, demo, quote, note or task on a customer, maybe with one of its
 * contacts and on one of its opportunities, whose stage at that moment is kept — the raw material of the playbook.
 */
@Entity
@Table(name = "activity")
public class Activity extends TenantOwned {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ActivityType type;
    @Enumerated(EnumType.STRING)
    private ActivityStatus status;
    private String subject;
    private String notes;
    private String outcome;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    private Double latitude;
    private Double longitude;
    @Column(name = "location_accuracy")
    private Integer locationAccuracy;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "contact_id")
    private UUID contactId;
    @Column(name = "opportunity_id")
    private UUID opportunityId;
    @Column(name = "stage_id")
    private UUID stageId;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Activity() {
    }

    public Activity(ActivityId id, ActivityDetails details, ActivityLinks links, UserId owner, Instant now) {
        this.id = id.value();
        this.accountId = links.account().value();
        this.opportunityId = links.opportunity().map(OpportunityId::value).orElse(null);
        this.stageId = links.stage().map(StageId::value).orElse(null);
        this.ownerId = owner.value();
        this.createdAt = now;
        update(details, links.contact(), now);
    }

    public void update(ActivityDetails details, Optional<ContactId> contact, Instant now) {
        this.type = details.type();
        this.status = details.status();
        this.subject = details.subject();
        this.notes = details.notes().orElse(null);
        this.outcome = details.outcome().orElse(null);
        this.occurredAt = details.occurredAt();
        this.durationMinutes = details.durationMinutes().orElse(null);
        // a position is evidence of where it was logged: set once (at logging or completion), never changed after
        details.location().filter(p -> latitude == null).ifPresent(p -> {
            this.latitude = p.latitude();
            this.longitude = p.longitude();
            this.locationAccuracy = p.accuracyMeters();
        });
        this.contactId = contact.map(ContactId::value).orElse(null);
        this.updatedAt = now;
    }

    /**
     * Links a footprint left on the customer alone to one of the customer's deals (checked by the caller), in the
     * stage the deal is in now.
     */
    public void linkTo(OpportunityId opportunity, StageId stage, Instant now) {
        if (opportunityId != null) {
            throw new IllegalStateException("the footprint is linked to a deal already");
        }
        this.opportunityId = opportunity.value();
        this.stageId = stage.value();
        this.updatedAt = now;
    }

    public ActivityId id() {
        return new ActivityId(id);
    }

    public ActivityDetails details() {
        return StoredFacts.read(() -> new ActivityDetails(type, status, subject, Optional.ofNullable(notes),
                Optional.ofNullable(outcome), occurredAt, Optional.ofNullable(durationMinutes),
                Optional.ofNullable(latitude).map(lat -> new GeoPoint(lat, longitude, locationAccuracy))));
    }

    public ActivityLinks links() {
        return new ActivityLinks(new AccountId(accountId), Optional.ofNullable(contactId).map(ContactId::new),
                Optional.ofNullable(opportunityId).map(OpportunityId::new), Optional.ofNullable(stageId)
                        .map(StageId::new));
    }

    public UserId owner() {
        return new UserId(ownerId);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
