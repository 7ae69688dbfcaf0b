package io.tacitcrm.tenancy.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.tenancy.domain.SignupPolicies;
import io.tacitcrm.tenancy.domain.SignupPolicies.Window;
import io.tacitcrm.tenancy.domain.SignupPolicy;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

/** Company sign-up: all of it happens, or — on any failure — none of it. */
@ApplicationScoped
public class SignupService {

    private static final Logger LOG = Logger.getLogger(SignupService.class.getName());

    /** How long the per-address limit counts sign-ups. */
    static final Duration DAY = Duration.ofDays(1);

    private final TenantRepository tenants;
    private final SignupPolicies policies;
    private final TenantContext tenantContext;
    private final Founders founders;
    private final Event<TenantProvisioned> provisioned;
    private final Clock clock;

    @Inject
    public SignupService(TenantRepository tenants, SignupPolicies policies, TenantContext tenantContext,
            Founders founders, Event<TenantProvisioned> provisioned, Clock clock) {
        this.tenants = tenants;
        this.policies = policies;
        this.tenantContext = tenantContext;
        this.founders = founders;
        this.provisioned = provisioned;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SignupService() {
        this(null, null, null, null, null, null);
    }

    /**
     * Signs a company up from {@code clientAddress}, within the operators' policy: a reserved name is refused, an
     * address past its daily number of sign-ups waits, and the workspace waits for approval when operators say so.
     */
    @Transactional
    public SignupResult signUp(SignupRequest request, String clientAddress) {
        WorkspaceSlug slug = validate(request);
        SignupPolicy policy = policies.current();
        if (policy.reserves(slug)) {
            throw InvalidInputException.of(WorkspaceSlug.FIELD, "workspace.reserved", "is reserved; choose another"
                    + " name");
        }
        Instant now = clock.instant();
        if (policy.maxPerAddressPerDay().isPresent()) {
            Window window = policies.signupsSince(clientAddress, now.minus(DAY));
            if (window.count() >= policy.maxPerAddressPerDay().getAsInt()) {
                Instant again = window.first().orElse(now).plus(DAY);
                throw new SignupLimitException(Duration.between(now, again));
            }
        }
        Locale locale = SupportedLocales.resolve(request.locale());
        if (tenants.findBySlug(slug).isPresent()) {
            throw taken();
        }
        TenantId tenantId = new TenantId(Ids.newId());
        tenantContext.bind(tenantId);
        Tenant tenant = new Tenant(tenantId, slug, request.company().strip(), locale, now);
        if (policy.approvalRequired()) {
            tenant.awaitApproval();
        }
        if (!tenants.add(tenant)) {
            throw taken(); // lost a race for the same name; the transaction rolls back
        }
        policies.recordSignup(clientAddress, now);
        UUID admin = founders.create(new NewFounder(request.adminName().strip(), request.adminEmail(),
                request.password(), locale, slug.value()));
        provisioned.fire(new TenantProvisioned(tenantId, locale));
        LOG.info(() -> "Tenant " + tenantId + " signed up as workspace '" + slug.value() + "'");
        return new SignupResult(tenantId, slug, admin, policy.approvalRequired());
    }

    private WorkspaceSlug validate(SignupRequest request) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "company", request.company(), 200);
        TextRules.required(errors, "adminName", request.adminName(), 100);
        WorkspaceSlug slug = null;
        try {
            slug = WorkspaceSlug.parse(request.workspace());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        errors.addAll(founders.problems(request.adminEmail(), request.password(), request.workspace()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return slug;
    }

    private static ConflictException taken() {
        return new ConflictException(WorkspaceSlug.FIELD, "workspace.taken", "This workspace name is already taken.");
    }
}
