package io.tacitcrm.agenda.service;

import io.tacitcrm.agenda.domain.ReminderPolicies;
import io.tacitcrm.agenda.domain.ReminderPolicy;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The company's reminder limits: everyone reads them, those who shape the sales process change them. */
@ApplicationScoped
@Transactional
public class ReminderLimits {

    private final ReminderPolicies policies;
    private final CurrentPrincipal caller;
    private final Audit audit;

    @Inject
    public ReminderLimits(ReminderPolicies policies, CurrentPrincipal caller, Audit audit) {
        this.policies = policies;
        this.caller = caller;
        this.audit = audit;
    }

    /** For CDI's proxy only. */
    protected ReminderLimits() {
        this(null, null, null);
    }

    public ReminderPolicy policy() {
        caller.require();
        return policies.find();
    }

    public ReminderPolicy change(int stallDays, int reportHour, long expectedVersion) {
        caller.require().require(Permission.PROCESS_MANAGE);
        ReminderPolicy policy = ReminderPolicy.of(stallDays, reportHour, expectedVersion);
        if (!policies.save(policy, expectedVersion)) {
            throw new StaleVersionException("reminder policy");
        }
        audit.recordWithoutEntity("REMINDER_POLICY", "reminder_policy", "stallDays " + stallDays
                + ", reportHour " + reportHour);
        return policies.find();
    }
}
