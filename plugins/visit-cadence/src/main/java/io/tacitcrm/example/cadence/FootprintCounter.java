package io.tacitcrm.example.cadence;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.event.ActivityLogged;
import io.tacitcrm.api.event.DomainEvent;
import io.tacitcrm.api.event.DomainEventListener;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import org.pf4j.Extension;

/** Counts each footprint logged against its customer, in the plugin's own (walled) table. */
@Extension
public class FootprintCounter implements DomainEventListener {

    @Override
    public void on(DomainEvent event, PluginContext context) {
        if (event instanceof ActivityLogged logged) {
            context.database().inTransaction(connection -> {
                try (PreparedStatement upsert = connection.prepareStatement("""
                        insert into footprint_count (tenant_id, customer_id, footprints, last_at) values (?, ?, 1, ?)
                        on conflict (tenant_id, customer_id) do update set footprints = footprint_count.footprints + 1,
                            last_at = greatest(footprint_count.last_at, excluded.last_at)""")) {
                    upsert.setObject(1, context.tenant().id());
                    upsert.setObject(2, logged.accountId());
                    upsert.setTimestamp(3, Timestamp.from(logged.occurredAt()));
                    return upsert.executeUpdate();
                }
            });
        }
    }
}
