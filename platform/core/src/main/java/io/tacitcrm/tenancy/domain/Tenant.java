package io.tacitcrm.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A company using Tacit. A GLOBAL record: it is what tenant-owned rows point to. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private UUID id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private TenantStatus status;
    private String plan;
    private String locale;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    /** Why an operator suspended the workspace; written by operators only (see the ops feature). */
    @Column(name = "status_reason", insertable = false, updatable = false)
    private String statusReason;

    protected Tenant() {
    }

    public Tenant(TenantId id, WorkspaceSlug slug, String name, Locale locale, Instant createdAt) {
        this.id = id.value();
        this.slug = slug.value();
        this.name = name;
        this.status = TenantStatus.ACTIVE;
        this.plan = Plan.DEFAULT;
        this.locale = locale.toLanguageTag();
        this.createdAt = createdAt;
    }

    public TenantId id() {
        return new TenantId(id);
    }

    public WorkspaceSlug slug() {
        return new WorkspaceSlug(slug);
    }

    public String name() {
        return name;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public TenantStatus status() {
        return status;
    }

    /** Why the workspace is not active, as the operator who suspended it said. */
    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** Signed up while operators approve new workspaces: nobody signs in until one does. */
    public void awaitApproval() {
        status = TenantStatus.PENDING;
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    public void resume() {
        status = TenantStatus.ACTIVE;
    }
}
