package io.tacitcrm.ui.session;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.tenancy.service.SupportedLocales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Sends anyone not signed in to the login page, whatever URL they open (but the operators' console, which guards
 * itself); shows signed-in users their own language.
 */
@ApplicationScoped
public class SignInGuard {

    @Inject
    CurrentPrincipal principal;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        boolean open = event.getNavigationTarget().isAnnotationPresent(PublicView.class)
                || event.getNavigationTarget().isAnnotationPresent(OperatorView.class);
        var me = principal.get();
        if (me.isEmpty() && !open) {
            event.forwardTo(LoginView.class);
        }
        // a language picked in this session, else the one the user picked once; else the browser's stays
        LanguageSwitch.chosen(VaadinSession.getCurrent())
                .or(() -> me.filter(Principal::localeChosen)
                        .map(p -> SupportedLocales.isChinese(p.locale())
                                ? SupportedLocales.CHINESE : SupportedLocales.ENGLISH))
                .filter(locale -> !locale.equals(event.getUI().getLocale()))
                .ifPresent(event.getUI()::setLocale);
    }
}
