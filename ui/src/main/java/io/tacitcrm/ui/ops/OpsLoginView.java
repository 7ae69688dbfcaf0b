package io.tacitcrm.ui.ops;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.ops.service.CurrentOperator;
import io.tacitcrm.ops.service.Enrolment;
import io.tacitcrm.ops.service.OperatorPrincipal;
import io.tacitcrm.ops.service.OperatorSignIn;
import io.tacitcrm.ui.session.LanguageSwitch;
import io.tacitcrm.ui.session.OperatorView;
import io.tacitcrm.ui.session.PublicView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The console's sign-in: e-mail, password and a code of the second factor. An operator without a second factor sets
 * one up here first: the secret is shown once, to be added to an authenticator app, and its first code confirms it.
 */
@Route("ops/login")
@PublicView
@OperatorView
@Dependent
public class OpsLoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OperatorSignIn signIn;
    private final CurrentOperator operator;
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final TextField code = new TextField();
    private final Div enrolment = new Div();
    private final Div error = new Div();

    @Inject
    public OpsLoginView(OperatorSignIn signIn, CurrentOperator operator, CurrentPrincipal principal,
            UserAdministration users) {
        this.signIn = signIn;
        this.operator = operator;
        addClassName("tacit-centered");
        email.setLabel(getTranslation("ops.login.email"));
        email.setId("ops-email");
        email.setAutofocus(true);
        password.setLabel(getTranslation("ops.login.password"));
        password.setId("ops-password");
        code.setLabel(getTranslation("ops.login.code"));
        code.setHelperText(getTranslation("ops.login.code-help"));
        code.setId("ops-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        error.addClassName("tacit-form-error");
        error.setId("ops-login-error");
        enrolment.setId("ops-enrolment");
        enrolment.addClassName("tacit-enrolment");
        Button submit = new Button(getTranslation("ops.login.submit"), e -> signIn());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("ops-login-submit");
        Button enrol = new Button(getTranslation("ops.login.enrol"), e -> enrol());
        enrol.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        enrol.setId("ops-enrol");
        LanguageSwitch language = new LanguageSwitch(principal, users);
        VerticalLayout card = new VerticalLayout(language, new H1(getTranslation("ops.title")),
                new Paragraph(getTranslation("ops.login.intro")), email, password, code, enrolment, error, submit,
                enrol);
        card.addClassName("tacit-card");
        card.getChildren().filter(c -> c != language && c != enrol)
                .forEach(c -> c.getElement().getStyle().set("width", "100%"));
        card.setHorizontalComponentAlignment(Alignment.END, language);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (operator.get().isPresent()) {
            event.forwardTo(OpsTenantsView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.login.title");
    }

    private void enrol() {
        error.setText("");
        enrolment.removeAll();
        try {
            Enrolment secret = signIn.enrol(email.getValue(), password.getValue(), clientAddress());
            Anchor app = new Anchor();
            // otpauth: is not among the schemes Vaadin trusts by default; this address is the server's own
            app.setUnsafeHref(secret.uri());
            app.setText(getTranslation("ops.login.enrol-link"));
            app.setId("ops-enrol-uri");
            Div typed = new Div(secret.secret().replaceAll("(.{4})(?!$)", "$1 "));
            typed.setId("ops-enrol-secret");
            typed.addClassName("tacit-secret");
            enrolment.add(new Paragraph(getTranslation("ops.login.enrol-intro")), typed, app);
            code.focus();
        } catch (DomainException e) {
            error.setText(getTranslation("error." + e.code()));
        }
    }

    private void signIn() {
        error.setText("");
        try {
            OperatorPrincipal me = signIn.verify(email.getValue(), password.getValue(), code.getValue(),
                    clientAddress());
            VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
            new SignedInOperator(me.id(), Instant.now())
                    .storeIn(VaadinServletRequest.getCurrent().getHttpServletRequest().getSession());
            UI.getCurrent().getPage().setLocation("ops");
        } catch (DomainException e) {
            password.clear();
            code.clear();
            error.setText(getTranslation("error." + e.code()));
        }
    }

    private static String clientAddress() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getRemoteAddr();
    }
}
