package io.tacitcrm.ops.service;

import io.tacitcrm.audit.domain.AuditEntry;
import io.tacitcrm.audit.domain.AuditLog;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.ops.domain.OperatorAuditEntry;
import io.tacitcrm.ops.domain.OperatorRepository;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records what an operator did, in the action's transaction. An action on a workspace is written twice: in the
 * operators' audit, and in the workspace's own audit, so that its administrators see which operator did what and
 * when.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OperatorAudit {

    /** The entity type of the workspace's audit entries written by operators. */
    public static final String WORKSPACE = "WORKSPACE";

    private final OperatorRepository operators;
    private final AuditLog workspaceAudit;
    private final TenantContext tenantContext;
    private final CurrentOperator current;
    private final Clock clock;

    @Inject
    public OperatorAudit(OperatorRepository operators, AuditLog workspaceAudit, TenantContext tenantContext,
            CurrentOperator current, Clock clock) {
        this.operators = operators;
        this.workspaceAudit = workspaceAudit;
        this.tenantContext = tenantContext;
        this.current = current;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected OperatorAudit() {
        this(null, null, null, null, null);
    }

    /** An action by the current operator (or by the system when there is none). */
    public void record(String action, Optional<TenantId> tenant, String summary) {
        write(current.get(), action, tenant, summary);
    }

    /** An action of the service itself, outside any request (creating the configured operator at start). */
    public void recordBySystem(String action, String summary) {
        write(Optional.empty(), action, Optional.empty(), summary);
    }

    /** About a workspace that no longer exists: in the operators' audit only (the workspace's audit went with it). */
    public void recordGone(String action, TenantId tenant, String summary) {
        operators.append(new OperatorAuditEntry(Ids.newId(), clock.instant(), current.get().map(OperatorPrincipal::id),
                action, Optional.of(tenant), summary));
    }

    private void write(Optional<OperatorPrincipal> operator, String action, Optional<TenantId> tenant,
            String summary) {
        Instant now = clock.instant();
        operators.append(new OperatorAuditEntry(Ids.newId(), now, operator.map(OperatorPrincipal::id), action, tenant,
                summary));
        tenant.ifPresent(workspace -> {
            tenantContext.bind(workspace);
            String by = operator.map(o -> "Operator " + o.label()).orElse("The hosting service");
            workspaceAudit.append(new AuditEntry(Ids.newId(), now, Optional.empty(), "OPERATOR_" + action, WORKSPACE,
                    Optional.of(workspace.value()), by + ": " + summary));
        });
    }
}
