package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One thing an operator did, and to which workspace. Never changed once written. */
@Entity
@Table(name = "operator_audit")
public class OperatorAuditEntry {

    public static final int SUMMARY_MAX = 2000;

    @Id
    private UUID id;
    private Instant at;
    @Column(name = "operator_id")
    private UUID operatorId;
    private String action;
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String summary;

    protected OperatorAuditEntry() {
    }

    public OperatorAuditEntry(UUID id, Instant at, Optional<OperatorId> operator, String action,
            Optional<TenantId> tenant, String summary) {
        this.id = id;
        this.at = at;
        this.operatorId = operator.map(OperatorId::value).orElse(null);
        this.action = action;
        this.tenantId = tenant.map(TenantId::value).orElse(null);
        this.summary = summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary;
    }

    public UUID id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public Optional<OperatorId> operator() {
        return Optional.ofNullable(operatorId).map(OperatorId::new);
    }

    public String action() {
        return action;
    }

    public Optional<TenantId> tenant() {
        return Optional.ofNullable(tenantId).map(TenantId::new);
    }

    public String summary() {
        return summary;
    }
}
