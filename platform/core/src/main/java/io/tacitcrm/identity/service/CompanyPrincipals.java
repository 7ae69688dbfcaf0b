package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleRepository;
import io.tacitcrm.identity.domain.SubtreeGrants;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The company itself as a reader, for background work that reads on no user's behalf (a module's scheduled job): it
 * stands where the top role stands, so it sees what the top role sees, but it is no user — it owns nothing, is in no
 * team, and the nil id it carries matches no row. Never used to write.
 */
@ApplicationScoped
public class CompanyPrincipals {

    /** The id the company reader carries: no user has it. */
    public static final UserId COMPANY = new UserId(new UUID(0, 0));

    private final RoleRepository roles;
    private final TenantRepository tenants;

    @Inject
    public CompanyPrincipals(RoleRepository roles, TenantRepository tenants) {
        this.roles = roles;
        this.tenants = tenants;
    }

    /** For CDI's proxy only. */
    protected CompanyPrincipals() {
        this(null, null);
    }

    /** The company reader of the bound tenant; empty if it has no role tree (a tenant half set up). */
    @Transactional
    public Optional<Principal> of(TenantId id) {
        Optional<Tenant> found = tenants.find(id);
        Optional<Role> top = found.flatMap(t -> roles.all().stream().filter(r -> r.parent().isEmpty()).findFirst());
        return top.map(role -> {
            Tenant tenant = found.orElseThrow();
            SubtreeGrants grants = roles.grantsOf(role);
            return new Principal(tenant.id(), tenant.slug().value(), COMPANY, tenant.name(),
                    EmailAddress.parse("company@" + tenant.slug().value() + ".invalid"), Optional.of(role.id()),
                    Optional.of(role.path()), true, grants.permissions(), tenant.locale(), Set.of(),
                    tenants.accessRevision(id), false);
        });
    }
}
