package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user of a request, with the tenant they belong to, their role's place in the tree (read afresh for
 * every request, so a role move takes effect at once) and their effective permissions (their role's own plus those of
 * every role below it). {@code localeChosen} is false until the user picks a language themselves: until then the
 * screens follow the browser's language and {@code locale} is only the workspace's default for what is written to them.
 */
public record Principal(TenantId tenantId, String workspace, UserId userId, String name, EmailAddress email,
                        Optional<RoleId> role, Optional<RolePath> rolePath, boolean leadsOtherRoles, Grants permissions,
                        Locale locale, Set<TeamId> teams, long accessRevision, boolean localeChosen) {

    public Principal {
        teams = Set.copyOf(teams);
    }

    public boolean has(Permission permission) {
        return permissions.has(permission);
    }

    /**
     * Whether this is the company itself reading (a module's scheduled job, see {@link CompanyPrincipals}) rather
     * than a user.
     */
    public boolean readsAsCompany() {
        return userId.equals(CompanyPrincipals.COMPANY);
    }

    /** A permission of the core or of a module, by its code. */
    public boolean has(String code) {
        return permissions.has(code);
    }

    public void require(Permission permission) {
        if (!has(permission)) {
            throw new AccessDeniedException(permission.code());
        }
    }
}
