package io.tacitcrm.misbehaving;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.event.DomainEvent;
import io.tacitcrm.api.event.DomainEventListener;
import java.sql.PreparedStatement;
import org.pf4j.Extension;

/** Notes every event in its own table (so the tests see it ran), then throws. */
@Extension
public class FailingListener implements DomainEventListener {

    @Override
    public void on(DomainEvent event, PluginContext context) {
        context.database().inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into seen_event (tenant_id, kind) "
                    + "values (?, ?)")) {
                insert.setObject(1, context.tenant().id());
                insert.setString(2, event.getClass().getSimpleName());
                return insert.executeUpdate();
            }
        });
        throw new IllegalStateException("this listener always fails after noting " + event.getClass().getSimpleName());
    }
}
