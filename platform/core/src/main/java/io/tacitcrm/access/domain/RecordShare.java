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
import java.util.Optional;
import java.util.UUID;

/** A grant of READ or EDIT on one record to a user, a role, or a role and its subordinates, with its cause. */
@Entity
@Table(name = "record_share")
public class RecordShare extends TenantOwned {

    /** The team role a transfer gives the previous owner during co-ownership. */
    public static final String PREVIOUS_OWNER = "Previous owner";

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
    @Column(name = "team_role")
    private String teamRole;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected RecordShare() {
    }

    public RecordShare(UUID id, String objectType, UUID recordId, GranteeType granteeType, UUID granteeId,
            AccessLevel access,
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

    /** A member of the record's team (selling together), with their role on it, until {@code expiresAt} if given. */
    public static RecordShare teamMember(UUID id, String objectType, UUID recordId, UserId member, String teamRole,
            AccessLevel access,
                                         Optional<Instant> expiresAt, UserId createdBy, Instant createdAt) {
        RecordShare share = new RecordShare(id, objectType, recordId, GranteeType.USER, member.value(), access,
                AccessCause.TEAM, createdBy, createdAt);
        share.teamRole = teamRole;
        share.expiresAt = expiresAt.orElse(null);
        return share;
    }

    /** True when this share reaches the subject: by user, team, their exact role, or a role at or above theirs. */
    /** Changes an account-team member's role, access and end date in place. */
    public void changeMembership(String newTeamRole, AccessLevel newAccess, Optional<Instant> until) {
        this.teamRole = newTeamRole;
        this.access = newAccess;
        this.expiresAt = until.orElse(null);
    }

    public boolean appliesTo(Subject subject) {
        return granteeType.reaches(granteeId, subject);
    }

    /** False once a time-limited share (co-ownership after a transfer) has run out. */
    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    public Optional<String> teamRole() {
        return Optional.ofNullable(teamRole);
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public String objectType() {
        return objectType;
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
