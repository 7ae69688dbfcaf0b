package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleRepository;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.tacitcrm.identity.domain.RolePath;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds a principal: a user, their tenant, and the permissions of their role and every role below it. */
@ApplicationScoped
class Principals {

    @Inject
    RoleRepository roles;

    Principal of(Tenant tenant, User user) {
        Set<Permission> effective = EnumSet.noneOf(Permission.class);
        List<Role> subtree = user.role().map(roles::subtree).orElse(List.of());
        subtree.stream().map(Role::ownPermissions).forEach(effective::addAll);
        Optional<RolePath> path = subtree.stream().filter(r -> user.role().get().equals(r.id())).map(Role::path).findFirst();
        return new Principal(tenant.id(), tenant.slug().value(), user.id(), user.name(), user.email(), user.role(), path,
                subtree.size() > 1, effective, user.locale());
    }
}
