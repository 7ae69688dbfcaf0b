package io.tacitcrm.plugin.service;

import io.tacitcrm.activity.service.ActivityChanged;
import io.tacitcrm.activity.service.ActivityRecorded;
import io.tacitcrm.api.event.AccountCreated;
import io.tacitcrm.api.event.AccountDeleted;
import io.tacitcrm.api.event.AccountUpdated;
import io.tacitcrm.api.event.ActivityDeleted;
import io.tacitcrm.api.event.ActivityLogged;
import io.tacitcrm.api.event.ActivityUpdated;
import io.tacitcrm.api.event.DomainEvent;
import io.tacitcrm.api.event.DomainEventListener;
import io.tacitcrm.api.event.OpportunityStageChanged;
import io.tacitcrm.api.event.OwnerChanged;
import io.tacitcrm.api.event.RecordsTransferred;
import io.tacitcrm.api.event.TransferCompleted;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.customer.service.AccountChanged;
import io.tacitcrm.customer.service.AccountOpened;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.OwnershipChanged;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.sales.service.StageChanged;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.transfer.service.TransferDone;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Passes the core's events to the listeners of the plugins the tenant enabled — only once the change is committed, and
 * each on a worker with a time limit, so a listener can neither undo nor delay the change. Who is listening is read
 * inside the transaction (the switch is tenant data); delivery happens after it.
 */
@ApplicationScoped
public class DomainEventRelay {

    private final PluginCatalog catalog;
    private final PluginEnablement enablement;
    private final PluginCalls calls;
    private final PluginContexts contexts;
    private final CurrentPrincipal principal;
    private final TenantRepository tenants;

    @Inject
    public DomainEventRelay(PluginCatalog catalog, PluginEnablement enablement, PluginCalls calls,
            PluginContexts contexts, CurrentPrincipal principal, TenantRepository tenants) {
        this.catalog = catalog;
        this.enablement = enablement;
        this.calls = calls;
        this.contexts = contexts;
        this.principal = principal;
        this.tenants = tenants;
    }

    /** For CDI's proxy only. */
    protected DomainEventRelay() {
        this(null, null, null, null, null, null);
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    void accountOpened(@Observes AccountOpened e) {
        relay(new AccountCreated(e.tenant().value(), Optional.of(e.by().value()), e.at(), e.account().value(), e.name(),
                e.owner().value()));
    }

    void stageChanged(@Observes StageChanged e) {
        relay(new OpportunityStageChanged(e.tenant().value(), Optional.of(e.by().value()), e.at(), e.opportunity()
                .value(), e.account().value(), e.fromStage(), e.toStage(), Outcome.valueOf(e.toKind().name())));
    }

    void activityRecorded(@Observes ActivityRecorded e) {
        relay(new ActivityLogged(e.tenant().value(), Optional.of(e.by().value()), e.at(), e.activity().value(),
                e.links().account().value(), e.links().opportunity().map(o -> o.value()), e.type().name(), e.status()
                        .name()));
    }

    void transferDone(@Observes TransferDone e) {
        var t = e.transfer();
        principal.get().ifPresent(p -> {
            relay(new TransferCompleted(p.tenantId().value(), Optional.of(t.by().value()), t.at(), t.id().value(),
                    t.to().value(), t.accounts()));
            List<RecordsTransferred.Moved> moved = e.moved().previousOwners().entrySet().stream()
                    .map(m -> new RecordsTransferred.Moved(m.getKey().value(), m.getValue().value())).toList();
            int pages = Math.max(1, (moved.size() + RecordsTransferred.PAGE - 1) / RecordsTransferred.PAGE);
            for (int page = 0; page < pages && !moved.isEmpty(); page++) {
                relay(new RecordsTransferred(p.tenantId().value(), Optional.of(t.by().value()), t.at(), t.id().value(),
                        t.to().value(), moved.subList(page * RecordsTransferred.PAGE,
                        Math.min(moved.size(), (page + 1) * RecordsTransferred.PAGE)), page + 1, pages));
            }
        });
    }

    void activityChanged(@Observes ActivityChanged e) {
        Optional<UUID> deal = e.links().opportunity().map(o -> o.value());
        relay(e.deleted()
                ? new ActivityDeleted(e.tenant().value(), Optional.of(e.by().value()), e.at(), e.activity().value(),
                        e.links().account().value(), deal)
                : new ActivityUpdated(e.tenant().value(), Optional.of(e.by().value()), e.at(), e.activity().value(),
                        e.links().account().value(), deal, e.type().name(), e.status().name(),
                        e.previousStatus().name()));
    }

    void accountChanged(@Observes AccountChanged e) {
        relay(e.deleted()
                ? new AccountDeleted(e.tenant().value(), Optional.of(e.by().value()), e.at(), e.account().value())
                : new AccountUpdated(e.tenant().value(), Optional.of(e.by().value()), e.at(), e.account().value(),
                        e.name()));
    }

    void ownershipChanged(@Observes OwnershipChanged e) {
        relay(new OwnerChanged(e.tenant().value(), Optional.of(e.by().value()), e.at(),
                "opportunity".equals(e.objectType()) ? RecordType.OPPORTUNITY : RecordType.ACCOUNT, e.record(),
                e.customer(), e.previous().value(), e.next().value(), e.cause()));
    }

    private void relay(DomainEvent event) {
        // the common case on a hot path: no active plugin listens at all — then no query for the tenant's switches
        if (!catalog.offers(DomainEventListener.class)) {
            return;
        }
        List<EnabledExtension<DomainEventListener>> listeners = enablement.extensions(DomainEventListener.class);
        if (listeners.isEmpty()) {
            return;
        }
        PluginCaller caller = principal.get().map(PluginCaller::of)
                .orElseGet(() -> background(new TenantId(event.tenantId())));
        String what = "listener for " + event.getClass().getSimpleName();
        Runnable deliver = () -> listeners.forEach(l -> calls.callLater(l.pluginId(), what, () -> {
            l.extension().on(event, contexts.of(l.pluginId(), caller));
            return null;
        }));
        AfterCommit.run(transactions, deliver);
    }

    private PluginCaller background(TenantId tenant) {
        var found = tenants.find(tenant);
        return new PluginCaller(tenant, found.map(t -> t.slug().value()).orElse(""), Optional.empty(),
                found.map(t -> t.locale()).orElse(Locale.ENGLISH), ZoneOffset.UTC);
    }
}
