package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens a set of records to a grantee: those owned by a role (or a role and its subordinates, or a team's members), or
 * those whose fields match criteria. Rules are evaluated when records are read — a rule added, removed or newly
 * matching
 * (an owner moved, a region changed) is in force at the next request, with nothing to recompute.
 */
@Entity
@Table(name = "sharing_rule")
public class SharingRule extends TenantOwned {

    /** Criteria values are stored joined by this character, which {@link #criteriaValues()} splits again. */
    public static final String VALUE_SEPARATOR = "\u001f";

    @Id
    private UUID id;
    private String name;
    @Column(name = "object_type")
    private String objectType;
    @Enumerated(EnumType.STRING)
    private RuleKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    private GranteeType sourceType;
    @Column(name = "source_id")
    private UUID sourceId;
    @Column(name = "criteria_field")
    private String criteriaField;
    @Column(name = "criteria_values")
    private String criteriaValues;
    @Enumerated(EnumType.STRING)
    @Column(name = "grantee_type")
    private GranteeType granteeType;
    @Column(name = "grantee_id")
    private UUID granteeId;
    @Enumerated(EnumType.STRING)
    private AccessLevel access;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SharingRule() {
    }

    private SharingRule(UUID id, String name, String objectType, RuleKind kind, GranteeType granteeType, UUID granteeId,
                        AccessLevel access, UserId createdBy, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.objectType = objectType;
        this.kind = kind;
        this.granteeType = granteeType;
        this.granteeId = granteeId;
        this.access = access;
        this.createdBy = createdBy.value();
        this.createdAt = createdAt;
    }

    /** Records owned by users holding {@code source} (ROLE, ROLE_AND_SUBORDINATES) or on team {@code source} (TEAM). */
    public static SharingRule byOwner(UUID id, String name, String objectType, GranteeType sourceType, UUID source,
                                      GranteeType granteeType, UUID granteeId, AccessLevel access, UserId by,
                                              Instant at) {
        if (sourceType == GranteeType.USER) {
            throw new IllegalArgumentException("an owner rule names a role or a team");
        }
        SharingRule rule = new SharingRule(id, name, objectType, RuleKind.OWNER, granteeType, granteeId, access, by,
                at);
        rule.sourceType = sourceType;
        rule.sourceId = source;
        return rule;
    }

    /** Records whose {@code field} holds one of {@code values}. */
    public static SharingRule byCriteria(UUID id, String name, String objectType, CriteriaField field,
            List<String> values,
                                         GranteeType granteeType, UUID granteeId, AccessLevel access, UserId by,
                                                 Instant at) {
        SharingRule rule = new SharingRule(id, name, objectType, RuleKind.CRITERIA, granteeType, granteeId, access, by,
                at);
        rule.criteriaField = field.field();
        rule.criteriaValues = String.join(VALUE_SEPARATOR, values);
        return rule;
    }

    /** True when the rule's grantee includes the subject. */
    public boolean reaches(Subject subject) {
        return granteeType.reaches(granteeId, subject);
    }

    /** True when the record is one the rule opens. */
    public boolean covers(RecordFacts record, Optional<RolePath> sourceRole) {
        return switch (kind) {
            case OWNER -> switch (sourceType) {
                case TEAM -> record.ownerTeams().contains(sourceId);
                case ROLE -> record.ownerRole().map(p -> p.lineage().getLast().value().equals(sourceId)).orElse(false);
                case ROLE_AND_SUBORDINATES -> record.ownerRole().flatMap(p -> sourceRole.map(s -> s.covers(p)))
                        .orElse(false);
                case USER -> false;
            };
            case CRITERIA -> Optional.ofNullable(record.fields().get(criteriaField)).map(criteriaValues()::contains)
                    .orElse(false);
        };
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String objectType() {
        return objectType;
    }

    public RuleKind kind() {
        return kind;
    }

    public Optional<GranteeType> sourceType() {
        return Optional.ofNullable(sourceType);
    }

    public Optional<UUID> sourceId() {
        return Optional.ofNullable(sourceId);
    }

    public Optional<CriteriaField> criteriaField() {
        return Optional.ofNullable(criteriaField).flatMap(CriteriaField::named);
    }

    public List<String> criteriaValues() {
        return criteriaValues == null ? List.of() : Arrays.asList(criteriaValues.split(VALUE_SEPARATOR, -1));
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
}
