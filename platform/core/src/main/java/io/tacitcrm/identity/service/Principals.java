package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleRepository;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/** Builds a principal: a user, their tenant, and the permissions of their role and every role below it. */
@ApplicationScoped
class Principals {

    @Inject
    RoleRepository roles;

    Principal of(Tenant tenant, User user) {
        Set<Permission> effective = EnumSet.noneOf(Permission.class);
        user.role().ifPresent(role -> roles.subtree(role).stream().map(Role::ownPermissions).forEach(effective::addAll));
        return new Principal(tenant.id(), tenant.slug().value(), user.id(), user.name(), user.email(), user.role(),
                effective, user.locale());
    }
}
