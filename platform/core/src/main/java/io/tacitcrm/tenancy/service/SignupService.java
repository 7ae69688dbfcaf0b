package io.tacitcrm.tenancy.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

/** Company sign-up: all of it happens, or — on any failure — none of it. */
@ApplicationScoped
public class SignupService {

    private static final Logger LOG = Logger.getLogger(SignupService.class.getName());

    private final TenantRepository tenants;
    private final TenantContext tenantContext;
    private final Founders founders;
    private final Event<TenantProvisioned> provisioned;
    private final Clock clock;

    @Inject
    public SignupService(TenantRepository tenants, TenantContext tenantContext, Founders founders,
            Event<TenantProvisioned> provisioned, Clock clock) {
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.founders = founders;
        this.provisioned = provisioned;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SignupService() {
        this(null, null, null, null, null);
    }

    @Transactional
    public SignupResult signUp(SignupRequest request) {
        WorkspaceSlug slug = validate(request);
        Locale locale = SupportedLocales.resolve(request.locale());
        if (tenants.findBySlug(slug).isPresent()) {
            throw taken();
        }
        TenantId tenantId = new TenantId(Ids.newId());
        tenantContext.bind(tenantId);
        if (!tenants.add(new Tenant(tenantId, slug, request.company().strip(), locale, clock.instant()))) {
            throw taken(); // lost a race for the same name; the transaction rolls back
        }
        UUID admin = founders.create(new NewFounder(request.adminName().strip(), request.adminEmail(),
                request.password(), locale, slug.value()));
        provisioned.fire(new TenantProvisioned(tenantId, locale));
        LOG.info(() -> "Tenant " + tenantId + " signed up as workspace '" + slug.value() + "'");
        return new SignupResult(tenantId, slug, admin);
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
