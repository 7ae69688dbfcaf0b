package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleRepository;
import io.tacitcrm.identity.domain.SessionFacts;
import io.tacitcrm.identity.domain.SubtreeGrants;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.TeamRepository;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a principal, afresh for every request: a user, their tenant, their role's place in the tree, and the
 * permissions of their role and every role below it.
 */
@ApplicationScoped
class Principals {

    @Inject
    RoleRepository roles;
    @Inject
    TeamRepository teams;
    @Inject
    TenantRepository tenants;

    Principal of(Tenant tenant, User user) {
        Optional<Role> role = user.role().flatMap(roles::find);
        SubtreeGrants grants = role.map(roles::grantsOf).orElse(new SubtreeGrants(Grants.NONE, 0));
        return new Principal(tenant.id(), tenant.slug().value(), user.id(), user.name(), user.email(), user.role(),
                role.map(Role::path), grants.roles() > 1, grants.permissions(), user.locale(), teams.teamsOf(user.id()),
                tenants.accessRevision(tenant.id()), user.localeChosen());
    }

    /** The principal from the facts one statement read (see {@link io.tacitcrm.identity.domain.SessionLookup}). */
    Principal of(TenantId tenant, SessionFacts facts) {
        return new Principal(tenant, facts.workspace(), facts.user(), facts.name(), facts.email(), facts.role(),
                facts.rolePath(), facts.subtreeRoles() > 1, facts.permissions(), Locale.forLanguageTag(facts.locale()),
                facts.teams().stream().map(TeamId::new).collect(Collectors.toSet()),
                facts.accessRevision(), facts.localeChosen());
    }
}
