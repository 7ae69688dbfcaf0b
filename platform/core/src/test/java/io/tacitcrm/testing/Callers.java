package io.tacitcrm.testing;

import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Callers for unit tests of services: a request's principal in one tenant, with the permissions a test gives. */
public final class Callers {

    public static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-7000-8000-00000000000a"));

    private Callers() {
    }

    /** The caller of one request, signed in as {@code user} with these permissions. */
    public static CurrentPrincipal signedIn(UserId user, Permission... permissions) {
        CurrentPrincipal caller = new CurrentPrincipal(new TenantContext());
        caller.establish(new Principal(TENANT, "test", user, "User " + user.value().toString().substring(0, 4),
                EmailAddress.parse("u" + user.value().toString().substring(0, 8) + "@test.example"), Optional.empty(),
                Optional.empty(), false, Grants.of(List.of(permissions)), Locale.ENGLISH, Set.of(), 0, false));
        return caller;
    }

    public static UserId someone() {
        return new UserId(UUID.randomUUID());
    }
}
