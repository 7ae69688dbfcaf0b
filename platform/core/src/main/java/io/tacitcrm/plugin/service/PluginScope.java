package io.tacitcrm.plugin.service;

import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import io.tacitcrm.common.domain.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a plugin's read of core data as its caller: in a request context of its own on a worker thread (or the current
 * one on a request thread), bound to the caller's principal — so every core service applies that user's visibility —
 * or, for background events, to the tenant alone.
 */
@ApplicationScoped
public class PluginScope {

    private final CurrentPrincipal current;
    private final TenantContext tenantContext;

    @Inject
    public PluginScope(CurrentPrincipal current, TenantContext tenantContext) {
        this.current = current;
        this.tenantContext = tenantContext;
    }

    /** For CDI's proxy only. */
    protected PluginScope() {
        this(null, null);
    }

    @ActivateRequestContext
    public <T> T as(PluginCaller caller, Supplier<T> work) {
        bind(caller);
        return work.get();
    }

    /** A record the caller may see, or empty — a hidden record and a missing one look the same, as everywhere. */
    @ActivateRequestContext
    public <T> Optional<T> find(PluginCaller caller, Supplier<T> lookup) {
        bind(caller);
        try {
            return Optional.of(lookup.get());
        } catch (NotFoundException hiddenOrAbsent) {
            return Optional.empty();
        }
    }

    private void bind(PluginCaller caller) {
        if (current.get().isEmpty()) {
            caller.principal().ifPresentOrElse(current::establish, () -> tenantContext.bind(caller.tenant()));
        }
    }
}
