package io.tacitcrm.ui.plugin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.component.UI;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.ui.shell.BrowserZone;
import java.util.Locale;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.plugin.service.PluginCaller;
import io.tacitcrm.plugin.service.PluginCalls;
import io.tacitcrm.plugin.service.PluginContexts;
import io.tacitcrm.plugin.service.PluginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a plugin's component with the host's guard: on a worker thread (which sees the same UI and session as the
 * request, so standard components build as usual) and with a time limit. What throws or hangs becomes a
 * {@link PluginErrorPanel} in its place; the rest of the page is never affected.
 */
@ApplicationScoped
public class PluginComponents {

    @Inject
    PluginCalls calls;
    @Inject
    PluginContexts contexts;
    @Inject
    CurrentPrincipal principal;

    public Component build(String pluginId, String what, Function<PluginContext, Component> make) {
        return switch (guarded(pluginId, what, make)) {
            case PluginOutcome.Done<Component> done when done.value() != null -> done.value();
            case PluginOutcome.Done<Component> nothing -> new PluginErrorPanel(pluginId, false);
            case PluginOutcome.Failed<Component> failed -> new PluginErrorPanel(pluginId, failed.timedOut());
        };
    }

    /** A plugin's answer for the UI (a label, a menu), or empty when it failed (already logged). */
    public <T> Optional<T> call(String pluginId, String what, Function<PluginContext, T> work) {
        return guarded(pluginId, what, work) instanceof PluginOutcome.Done<T> done ? Optional.ofNullable(done.value())
                : Optional.empty();
    }

    private <T> PluginOutcome<T> guarded(String pluginId, String what, Function<PluginContext, T> work) {
        Locale screen = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
        PluginCaller caller = PluginCaller.of(principal.require()).speaking(screen).in(BrowserZone.current(screen));
        var instances = CurrentInstance.getInstances();
        return calls.call(pluginId, what, () -> {
            CurrentInstance.restoreInstances(instances);
            try {
                return work.apply(contexts.of(pluginId, caller));
            } finally {
                CurrentInstance.clearAll();
            }
        });
    }
}
