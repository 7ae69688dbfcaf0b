package io.tacitcrm.example.cadence;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.event.AccountCreated;
import io.tacitcrm.api.event.AccountDeleted;
import io.tacitcrm.api.event.ActivityDeleted;
import io.tacitcrm.api.event.ActivityLogged;
import io.tacitcrm.api.event.ActivityUpdated;
import io.tacitcrm.api.event.DomainEvent;
import io.tacitcrm.api.event.DomainEventListener;
import io.tacitcrm.api.event.OwnerChanged;
import io.tacitcrm.api.event.RecordsTransferred;
import io.tacitcrm.api.records.RecordType;
import java.util.List;
import java.util.UUID;
import org.pf4j.Extension;

/** Keeps each customer's owner and latest visit as the CRM changes. */
@Extension
public class CadenceListener implements DomainEventListener {

    @Override
    public void on(DomainEvent event, PluginContext context) {
        switch (event) {
            case AccountCreated created -> context.customers().find(created.accountId())
                    .ifPresent(c -> CadenceStore.owners(context, List.of(c)));
            case AccountDeleted deleted -> CadenceStore.forget(context, deleted.accountId());
            case OwnerChanged changed when changed.recordType() == RecordType.ACCOUNT ->
                    CadenceStore.owner(context, changed.recordId(), changed.newOwnerId());
            case RecordsTransferred moved -> moved.customers().forEach(m ->
                    CadenceStore.owner(context, m.customerId(), moved.toOwnerId()));
            case ActivityLogged logged -> footprint(context, logged.activityId(), logged.accountId());
            case ActivityUpdated updated -> Backfill.customer(context, updated.accountId());
            case ActivityDeleted deleted -> Backfill.customer(context, deleted.accountId());
            default -> {
                // other events do not move a visit or an owner
            }
        }
    }

    /** A new done footprint moves the latest footprint (and visit) forward; its own time is what counts. */
    private static void footprint(PluginContext context, UUID activityId, UUID customerId) {
        context.activities().find(activityId).filter(a -> CadenceRule.done(a.status())).ifPresent(a -> {
            if (!CadenceStore.footprint(context, customerId, a.occurredAt(), CadenceRule.faceToFace(a.type()))) {
                // a customer the module has not seen yet (created before it was switched on)
                Backfill.customer(context, customerId);
            }
        });
    }
}
