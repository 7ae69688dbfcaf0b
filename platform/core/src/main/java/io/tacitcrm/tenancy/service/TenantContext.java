package io.tacitcrm.tenancy.service;

import io.tacitcrm.common.logging.LogContext;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant of the current request. Bound once, by the authentication filter (or by sign-up for the tenant it
 * creates), and never from an id sent by the client. Everything that touches tenant data fails closed when it is
 * unbound. Every log line the request writes from then on carries the tenant's id.
 */
@RequestScoped
public class TenantContext {

    private TenantId tenant;

    /** Binds the request to a tenant; binding it to a second, different tenant is a programming error. */
    public void bind(TenantId tenantId) {
        if (tenant != null && !tenant.equals(tenantId)) {
            throw new IllegalStateException("This request is already bound to another tenant");
        }
        tenant = tenantId;
        LogContext.put(LogContext.TENANT, tenantId.value().toString());
    }

    public Optional<TenantId> current() {
        return Optional.ofNullable(tenant);
    }

    public TenantId require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant is bound to this request"));
    }
}
