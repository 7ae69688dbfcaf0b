package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.tenancy.service.PlanEnforcement;
import io.tacitcrm.tenancy.service.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The workspace's plan and its usage against it, for those who add people ({@code users.manage}). */
@ApplicationScoped
@Transactional
public class WorkspacePlan {

    private final PlanEnforcement plan;
    private final CurrentPrincipal caller;

    @Inject
    public WorkspacePlan(PlanEnforcement plan, CurrentPrincipal caller) {
        this.plan = plan;
        this.caller = caller;
    }

    /** For CDI's proxy only. */
    protected WorkspacePlan() {
        this(null, null);
    }

    public PlanStatus status() {
        caller.require().require(Permission.USERS_MANAGE);
        return plan.status();
    }
}
