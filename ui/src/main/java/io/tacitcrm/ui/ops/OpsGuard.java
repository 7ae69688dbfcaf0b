package io.tacitcrm.ui.ops;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import io.tacitcrm.ops.service.CurrentOperator;
import io.tacitcrm.ui.session.OperatorView;
import io.tacitcrm.ui.session.PublicView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Sends anyone who is not a signed-in operator from a console page to the console's sign-in. */
@ApplicationScoped
public class OpsGuard {

    @Inject
    CurrentOperator operator;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(OperatorView.class) && !target.isAnnotationPresent(PublicView.class)
                && operator.get().isEmpty()) {
            event.forwardTo(OpsLoginView.class);
        }
    }
}
