package io.tacitcrm.tenancy.service;

import io.tacitcrm.common.logging.LogContext;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Background work on behalf of a tenant, outside any request: a fresh request context bound to that tenant (and no
 * principal), so the tenant walls work exactly as for a request. Never from a request thread.
 */
@ApplicationScoped
public class TenantRunner {

    private final TenantRepository tenants;
    private final TenantContext context;

    @Inject
    public TenantRunner(TenantRepository tenants, TenantContext context) {
        this.tenants = tenants;
        this.context = context;
    }

    /** For CDI's proxy only. */
    protected TenantRunner() {
        this(null, null);
    }

    @Transactional
    public List<TenantId> activeTenants() {
        return tenants.activeIds();
    }

    /** The active tenants with their access revisions (which move when roles, rules or plugin switches change). */
    @Transactional
    public Map<TenantId, Long> activeTenantRevisions() {
        return tenants.activeRevisions();
    }

    @ActivateRequestContext
    public <T> T as(TenantId tenant, Supplier<T> work) {
        Map<String, String> logNames = LogContext.current();
        try {
            context.bind(tenant);
            return work.get();
        } finally {
            LogContext.restore(logNames); // the pool thread's next work is not logged as this tenant's
        }
    }
}
