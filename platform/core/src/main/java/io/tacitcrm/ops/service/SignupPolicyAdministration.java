package io.tacitcrm.ops.service;

import io.tacitcrm.tenancy.domain.SignupPolicies;
import io.tacitcrm.tenancy.domain.SignupPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Operators read and change how sign-up is guarded; every change is audited with what it became. */
@ApplicationScoped
@Transactional
public class SignupPolicyAdministration {

    private final SignupPolicies policies;
    private final OperatorAudit audit;
    private final CurrentOperator operator;
    private final Clock clock;

    @Inject
    public SignupPolicyAdministration(SignupPolicies policies, OperatorAudit audit, CurrentOperator operator,
            Clock clock) {
        this.policies = policies;
        this.audit = audit;
        this.operator = operator;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SignupPolicyAdministration() {
        this(null, null, null, null);
    }

    public SignupPolicy current() {
        operator.require();
        return policies.current();
    }

    public SignupPolicy change(SignupPolicy policy) {
        OperatorPrincipal me = operator.require();
        policies.change(policy, Optional.of(me.id().value()), clock.instant());
        audit.record("SIGNUP_POLICY", Optional.empty(), "set the sign-up policy: approval "
                + (policy.approvalRequired() ? "required" : "not required") + ", per address and day "
                + (policy.maxPerAddressPerDay().isPresent() ? policy.maxPerAddressPerDay().getAsInt() : "no limit")
                + ", " + policy.reservedNames().size() + " reserved names");
        return policies.current();
    }
}
