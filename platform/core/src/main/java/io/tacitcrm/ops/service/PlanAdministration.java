package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.tenancy.domain.Plan;
import io.tacitcrm.tenancy.domain.PlanLimits;
import io.tacitcrm.tenancy.domain.PlanRepository;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Operators defining plans and moving workspaces between them; every change is audited. */
@ApplicationScoped
@Transactional
public class PlanAdministration {

    private final PlanRepository plans;
    private final TenantRepository workspaces;
    private final TenantOperations tenants;
    private final OperatorAudit audit;
    private final CurrentOperator operator;
    private final Clock clock;

    @Inject
    public PlanAdministration(PlanRepository plans, TenantRepository workspaces, TenantOperations tenants,
            OperatorAudit audit, CurrentOperator operator, Clock clock) {
        this.plans = plans;
        this.workspaces = workspaces;
        this.tenants = tenants;
        this.audit = audit;
        this.operator = operator;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected PlanAdministration() {
        this(null, null, null, null, null, null);
    }

    public List<Plan> all() {
        operator.require();
        return plans.all();
    }

    public Plan create(String code, PlanLimits limits) {
        operator.require();
        String wanted = code == null ? "" : code.strip();
        if (!wanted.matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw InvalidInputException.of("code", "plan.code", "2 to 32 capital letters, digits or _, a letter first");
        }
        if (plans.find(wanted).isPresent()) {
            throw new ConflictException("code", "plan.taken", "A plan with this code exists.");
        }
        Plan plan = new Plan(wanted, limits, clock.instant());
        plans.add(plan);
        audit.record("PLAN_CREATE", Optional.empty(), "created plan " + wanted + " " + describe(limits));
        return plan;
    }

    public Plan change(String code, PlanLimits limits) {
        operator.require();
        Plan plan = plans.find(code).orElseThrow(() -> new NotFoundException("plan"));
        plan.change(limits);
        audit.record("PLAN_CHANGE", Optional.empty(), "changed plan " + code + " to " + describe(limits));
        return plan;
    }

    /**
     * Checks where an import goes before the archive is read: the workspace name is free, the plan (STANDARD when none
     * is given) exists.
     *
     * @return the plan's code
     */
    public String requireImportTarget(WorkspaceSlug slug, Optional<String> code) {
        operator.require();
        if (workspaces.findBySlug(slug).isPresent()) {
            throw new ConflictException(WorkspaceSlug.FIELD, "workspace.taken", "This workspace name is taken.");
        }
        return plans.find(code.map(String::strip).filter(c -> !c.isEmpty()).orElse(Plan.DEFAULT))
                .orElseThrow(() -> InvalidInputException.of("plan", "plan.unknown", "no plan has this code")).code();
    }

    /** Moves a workspace to a plan; what it already has stays, what it adds is held to the new limits. */
    public void assign(TenantId tenant, String code) {
        operator.require();
        String before = tenants.get(tenant).plan();
        Plan plan = plans.find(code == null ? "" : code.strip())
                .orElseThrow(() -> InvalidInputException.of("plan", "plan.unknown", "no plan has this code"));
        plans.assign(tenant, plan.code());
        audit.record("PLAN", Optional.of(tenant), "moved the workspace from plan " + before + " to " + plan.code());
    }

    private static String describe(PlanLimits limits) {
        return "(users " + limits.maxUsers() + ", customers " + limits.maxCustomers() + ", storage MB "
                + limits.maxStorageMb() + ", API per minute " + limits.apiPerMinute() + ", modules "
                + limits.pluginsAllowed().map(List::toString).orElse("all") + ")";
    }
}
