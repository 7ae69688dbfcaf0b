package io.tacitcrm.identity.service;

import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is calling in this request. Establishing the principal also binds the request's tenant — the tenant always
 * comes from the authenticated principal, never from an id the client sent.
 */
@RequestScoped
public class CurrentPrincipal {

    private final TenantContext tenantContext;

    @Inject
    public CurrentPrincipal(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    /** For CDI's proxy only. */
    protected CurrentPrincipal() {
        this(null);
    }

    private Principal principal;

    public void establish(Principal authenticated) {
        tenantContext.bind(authenticated.tenantId());
        principal = authenticated;
    }

    public Optional<Principal> get() {
        return Optional.ofNullable(principal);
    }

    public Principal require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated user in this request"));
    }
}
