package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.persistence.PersistenceFailures;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.sales.domain.RequirementsUnmetException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The one error handler of the screens. A service's refusal ({@link DomainException}) that no form took for its
 * fields, or a database failure that stands for one (a lost race, the database out of reach or out of disk), is
 * shown to the user in their language, and the page stays as it was — so a click handler needs no catch
 * block of its own. A plugin's handler that throws (it runs on the user's request, outside the guarded build) is
 * named to the user and logged with the plugin's id. Anything else goes to Vaadin's usual handler.
 */
@ApplicationScoped
public class UiErrors implements ErrorHandler {

    /** A request attribute: the refusal that kept the request from its user (the database out of reach). */
    public static final String REFUSAL = "io.tacitcrm.ui.refusal";

    private static final Logger LOG = Logger.getLogger(UiErrors.class.getName());
    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Inject
    PluginCatalog catalog;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Optional<UI> ui = Optional.ofNullable(UI.getCurrent());
        Optional<DomainException> refusal = PersistenceFailures.explain(event.getThrowable())
                .or(UiErrors::requestRefusal);
        if (refusal.isPresent() && ui.isPresent()) {
            // called on the request that ran the handler, with the session locked: the note goes out with its answer
            boolean unmet = refusal.get() instanceof RequirementsUnmetException;
            Notification note = Notification.show(Problems.text(ui.get(), refusal.get()), unmet ? 8000 : 5000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(unmet ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_ERROR);
            note.setId("problem-notification");
            return;
        }
        Optional<String> plugin = pluginOf(event.getThrowable());
        if (plugin.isEmpty()) {
            fallback.error(event);
            return;
        }
        LOG.log(Level.WARNING, event.getThrowable(), () -> "Plugin '" + plugin.get() + "' failed in a UI event");
        ui.ifPresent(current -> {
            Notification note = Notification.show(current.getTranslation("plugin.failed-action", plugin.get()), 5000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.setId("plugin-action-failed");
        });
    }

    /** Why the current request has no user, if the session filter could not resume it. */
    private static Optional<DomainException> requestRefusal() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(r -> r.getAttribute(REFUSAL))
                .filter(DomainException.class::isInstance).map(DomainException.class::cast);
    }

    private static Stream<Throwable> causes(Throwable error) {
        return Stream.iterate(error, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
    }

    private Optional<String> pluginOf(Throwable error) {
        return causes(error).flatMap(t -> Arrays.stream(t.getStackTrace()).map(StackTraceElement::getClassName)
                .map(catalog::pluginOf).flatMap(Optional::stream).findFirst().stream()).findFirst();
    }
}
