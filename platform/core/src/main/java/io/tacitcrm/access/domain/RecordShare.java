package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A grant of READ or EDIT on one record to a user, a role, or a role and its subordinates, with its cause. */
@Entity
@Table(name = "record_share")
public class RecordShare extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "object_type")
    private String objectType;
    @Column(name = "record_id")
    private UUID recordId;
    @Enumerated(EnumType.STRING)
    @Column(name = "grantee_type")
    private GranteeType granteeType;
    @Column(name = "grantee_id")
    private UUID granteeId;
    @Enumerated(EnumType.STRING)
    private AccessLevel access;
    @Enumerated(EnumType.STRING)
    private AccessCause cause;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected RecordShare() {
    }

    public RecordShare(UUID id, String objectType, UUID recordId, GranteeType granteeType, UUID granteeId, AccessLevel access,
                       AccessCause cause, UserId createdBy, Instant createdAt) {
        this.id = id;
        this.objectType = objectType;
        this.recordId = recordId;
        this.granteeType = granteeType;
        this.granteeId = granteeId;
        this.access = access;
        this.cause = cause;
        this.createdBy = createdBy.value();
        this.createdAt = createdAt;
    }

    /** True when this share reaches the subject: by user, by their exact role, or by a role at or above theirs. */
    public boolean appliesTo(Subject subject) {
        return switch (granteeType) {
            case USER -> granteeId.equals(subject.user().value());
            case ROLE -> subject.role().map(p -> p.lineage().getLast().value().equals(granteeId)).orElse(false);
            case ROLE_AND_SUBORDINATES -> subject.role().map(p -> p.lineage().stream().anyMatch(r -> r.value().equals(granteeId)))
                    .orElse(false);
        };
    }

    public UUID id() {
        return id;
    }

    public UUID recordId() {
        return recordId;
    }

    public GranteeType granteeType() {
        return granteeType;
    }

    public UUID granteeId() {
        return granteeId;
    }

    public AccessLevel access() {
        return access;
    }

    public AccessCause cause() {
        return cause;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
