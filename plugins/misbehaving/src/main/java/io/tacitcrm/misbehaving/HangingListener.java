package io.tacitcrm.misbehaving;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.event.DomainEvent;
import io.tacitcrm.api.event.DomainEventListener;
import org.pf4j.Extension;

/** Never returns from an event. */
@Extension
public class HangingListener implements DomainEventListener {

    @Override
    public void on(DomainEvent event, PluginContext context) throws InterruptedException {
        Hang.forever();
    }
}
