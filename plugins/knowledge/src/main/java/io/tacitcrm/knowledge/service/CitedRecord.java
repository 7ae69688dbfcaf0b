package io.tacitcrm.knowledge.service;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.RecordRef;
import java.util.Optional;
import java.util.UUID;

/** A CRM record as the current user sees it, with the customer and opportunity it belongs to. */
public record CitedRecord(RecordRef ref, String name, UUID customerId, Optional<UUID> opportunityId) {

    /** The record, if the user may see it (a record of another workspace or a hidden one is simply absent). */
    public static Optional<CitedRecord> resolve(PluginContext ctx, RecordRef ref) {
        return switch (ref.type()) {
            case ACCOUNT -> ctx.customers().find(ref.id()).map(c -> new CitedRecord(ref, c.name(), c.id(),
                    Optional.empty()));
            case OPPORTUNITY -> ctx.opportunities().find(ref.id())
                    .map(o -> new CitedRecord(ref, o.name(), o.customerId(), Optional.of(o.id())));
            case ACTIVITY -> ctx.activities().find(ref.id())
                    .map(a -> new CitedRecord(ref, a.subject(), a.customerId(), a.opportunityId()));
        };
    }
}
