package io.tacitcrm.ui.session;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.service.AuthenticationService;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.LoginAttempt;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.identity.service.WorkspaceSuspendedException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;

/** Workspace, e-mail and password. */
@Route("login")
@PublicView
@Dependent
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationService authentication;
    private final CurrentPrincipal principal;
    private final TextField workspace = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Div error = new Div();

    @Inject
    public LoginView(AuthenticationService authentication, CurrentPrincipal principal, UserAdministration users) {
        this.authentication = authentication;
        this.principal = principal;
        addClassName("tacit-centered");
        workspace.setLabel(getTranslation("login.workspace"));
        workspace.setId("workspace");
        workspace.setAutofocus(true);
        email.setLabel(getTranslation("login.email"));
        email.setId("email");
        password.setLabel(getTranslation("login.password"));
        password.setId("password");
        error.addClassName("tacit-form-error");
        error.setId("login-error");
        Button submit = new Button(getTranslation("login.submit"), e -> logIn());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("login-submit");
        submit.setWidthFull();
        LanguageSwitch language = new LanguageSwitch(principal, users);
        // a button, not a link: it carries the workspace typed so far, which reaches the server with the click
        Button forgot = new Button(getTranslation("login.forgot"), e -> UI.getCurrent().navigate(
                ForgotPasswordView.class, QueryParameters.of("workspace", workspace.getValue().strip())));
        forgot.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        forgot.setId("login-forgot");
        VerticalLayout card = new VerticalLayout(language, new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.intro")), workspace, email, password, error, submit, forgot,
                new Anchor("signup", getTranslation("login.to-signup")));
        card.addClassName("tacit-card");
        card.getChildren().filter(c -> c != language).forEach(c -> c.getElement().getStyle().set("width", "100%"));
        card.setHorizontalComponentAlignment(Alignment.END, language);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (principal.get().isPresent()) {
            event.forwardTo("");
        }
        event.getLocation().getQueryParameters().getSingleParameter("workspace").ifPresent(workspace::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    private void logIn() {
        error.setText("");
        try {
            Principal me = authentication.login(
                    new LoginAttempt(workspace.getValue(), email.getValue(), password.getValue()), clientAddress());
            signIn(me);
        } catch (WorkspaceSuspendedException e) {
            password.clear();
            error.setText(getTranslation("error." + e.code()) + e.reason()
                    .map(reason -> " " + getTranslation("login.suspended-reason", reason)).orElse(""));
        } catch (DomainException e) {
            password.clear();
            error.setText(getTranslation("error." + e.code()));
        }
    }

    static String clientAddress() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getRemoteAddr();
    }

    /** Starts a fresh HTTP session (no session fixation) that remembers the user; then opens the app. */
    static void signIn(Principal me) {
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        new SignedInUser(me.tenantId(), me.userId(), Instant.now())
                .storeIn(VaadinServletRequest.getCurrent().getHttpServletRequest().getSession());
        UI.getCurrent().getPage().setLocation("./");
    }
}
