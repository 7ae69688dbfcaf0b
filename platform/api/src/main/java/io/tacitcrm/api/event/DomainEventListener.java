package io.tacitcrm.api.event;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.Stable;
import org.pf4j.ExtensionPoint;

/**
 * Reacts to what happens in the CRM, for tenants that enabled your plugin. Called after the change was committed, on a
 * worker thread, with a time limit: an exception or a call that runs too long is logged with your plugin's id and never
 * affects the change itself or the user who made it.
 */
@Stable(since = "0.1")
public interface DomainEventListener extends ExtensionPoint {

    void on(DomainEvent event, PluginContext context) throws Exception;
}
