package io.tacitcrm.tenancy.service;

import io.tacitcrm.common.domain.LimitExceededException;
import io.tacitcrm.tenancy.domain.PlanLimits;
import io.tacitcrm.tenancy.domain.PlanRepository;
import io.tacitcrm.tenancy.domain.PlanUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The workspace's plan, held at the boundary: before a user, a customer or a module is added, in the adding
 * transaction. A refusal names the limit and the current figure (402). Counting happens only under a limit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanEnforcement {

    private static final long MB = 1_000_000L;

    private final PlanRepository plans;
    private final PlanUsage usage;
    private final TenantContext tenant;

    @Inject
    public PlanEnforcement(PlanRepository plans, PlanUsage usage, TenantContext tenant) {
        this.plans = plans;
        this.usage = usage;
        this.tenant = tenant;
    }

    /** For CDI's proxy only. */
    protected PlanEnforcement() {
        this(null, null, null);
    }

    /** Before {@code adding} more active users. */
    public void allowUsers(int adding) {
        PlanLimits limits = limits();
        if (limits.maxUsers().isPresent()) {
            long current = usage.activeUsers();
            if (current + adding > limits.maxUsers().getAsInt()) {
                throw new LimitExceededException("plan.users", "The plan allows no more active users",
                        limits.maxUsers().getAsInt(), current);
            }
        }
    }

    /** Before {@code adding} more customers; a workspace over its storage adds none either. */
    public void allowCustomers(int adding) {
        PlanLimits limits = limits();
        if (limits.maxCustomers().isPresent()) {
            long current = usage.customers();
            if (current + adding > limits.maxCustomers().getAsInt()) {
                throw new LimitExceededException("plan.customers", "The plan allows no more customers",
                        limits.maxCustomers().getAsInt(), current);
            }
        }
        if (limits.maxStorageMb().isPresent()) {
            long used = usage.storageBytes() / MB;
            if (used >= limits.maxStorageMb().getAsInt()) {
                throw new LimitExceededException("plan.storage", "The workspace has used its storage (MB)",
                        limits.maxStorageMb().getAsInt(), used);
            }
        }
    }

    /** Before a module is switched on. */
    public void allowPlugin(String pluginId) {
        if (!limits().allowsPlugin(pluginId)) {
            throw new PlanExcludesException(pluginId);
        }
    }

    /** The plan and the figures it limits, counted now. */
    public PlanStatus status() {
        var plan = plans.of(tenant.require());
        return new PlanStatus(plan.code(), plan.limits(), usage.activeUsers(), usage.customers(),
                usage.storageBytes());
    }

    private PlanLimits limits() {
        return plans.of(tenant.require()).limits();
    }
}
