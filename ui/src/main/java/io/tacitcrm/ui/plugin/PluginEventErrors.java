package io.tacitcrm.ui.plugin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import io.tacitcrm.plugin.domain.PluginCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A click in a plugin's view runs the plugin's handler on the user's request, outside the guarded build. If it throws,
 * this tells the user which module failed (the page stays as it was) and logs it with the plugin's id; errors of the
 * application itself go to Vaadin's usual handler.
 */
@ApplicationScoped
public class PluginEventErrors implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(PluginEventErrors.class.getName());
    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Inject
    PluginCatalog catalog;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Optional<String> plugin = pluginOf(event.getThrowable());
        if (plugin.isEmpty()) {
            fallback.error(event);
            return;
        }
        LOG.log(Level.WARNING, event.getThrowable(), () -> "Plugin '" + plugin.get() + "' failed in a UI event");
        // called on the request that ran the handler, with the session locked: the notification goes out with its
        // answer
        Optional.ofNullable(UI.getCurrent()).ifPresent(ui -> {
            Notification note = Notification.show(ui.getTranslation("plugin.failed-action", plugin.get()), 5000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.setId("plugin-action-failed");
        });
    }

    private Optional<String> pluginOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> found = Arrays.stream(t.getStackTrace()).map(StackTraceElement::getClassName)
                    .map(catalog::pluginOf).flatMap(Optional::stream).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
