package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hands a module's permission to the roles it names, when a company switches the module on. Runs in the switching
 * transaction, under the switching administrator's {@code plugins.manage}, and is audited like any grant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DefaultGrants {

    private final RoleRepository roles;
    private final Event<IdentityChanged> changed;

    @Inject
    public DefaultGrants(RoleRepository roles, Event<IdentityChanged> changed) {
        this.roles = roles;
        this.changed = changed;
    }

    /** For CDI's proxy only. */
    protected DefaultGrants() {
        this(null, null);
    }

    /**
     * Grants {@code code} to the roles named (any case); when none of them exists, to the top roles, so that someone
     * holds it. Answers the names of the roles that got it.
     */
    public List<String> grant(String code, List<String> roleNames) {
        Set<String> wanted = roleNames.stream().map(n -> n.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<Role> all = roles.all();
        List<Role> named = all.stream().filter(r -> wanted.contains(r.name().toLowerCase(Locale.ROOT))).toList();
        List<Role> chosen = named.isEmpty() ? all.stream().filter(r -> r.parent().isEmpty()).toList() : named;
        for (Role role : chosen) {
            if (!role.ownPermissions().has(code)) {
                String before = role.ownPermissions().encode();
                role.grantExactly(role.ownPermissions().with(code));
                changed.fire(new IdentityChanged("PERMISSIONS", "role", role.id().value(),
                        "permissions " + before + " to " + role.ownPermissions().encode() + " (module default)"));
            }
        }
        return chosen.stream().map(Role::name).toList();
    }
}
