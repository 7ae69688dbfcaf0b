package io.tacitcrm.audit.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One thing that happened to the tenant's data: who, what, when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwned {

    public static final int SUMMARY_MAX = 2000;

    @Id
    private UUID id;
    private Instant at;
    @Column(name = "actor_id")
    private UUID actorId;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private UUID entityId;
    private String summary;

    protected AuditEntry() {
    }

    public AuditEntry(UUID id, Instant at, Optional<UUID> actor, String action, String entityType,
            Optional<UUID> entityId,
                      String summary) {
        this.id = id;
        this.at = at;
        this.actorId = actor.orElse(null);
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId.orElse(null);
        this.summary = summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary;
    }

    public UUID id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public Optional<UUID> actor() {
        return Optional.ofNullable(actorId);
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public Optional<UUID> entityId() {
        return Optional.ofNullable(entityId);
    }

    public String summary() {
        return summary;
    }
}
