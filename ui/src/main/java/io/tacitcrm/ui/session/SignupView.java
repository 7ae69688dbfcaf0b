package io.tacitcrm.ui.session;

import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.service.AuthenticationService;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.LoginAttempt;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.tenancy.service.SignupRequest;
import io.tacitcrm.tenancy.service.SignupService;
import io.tacitcrm.ui.shell.FieldErrors;
import io.tacitcrm.ui.shell.TextLimits;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A company signs up: workspace, company name, and its first administrator. */
@Route("signup")
@PublicView
@Dependent
public class SignupView extends VerticalLayout implements HasDynamicTitle {

    private final SignupService signup;
    private final AuthenticationService authentication;
    private final TextField company = new TextField();
    private final TextField workspace = new TextField();
    private final TextField adminName = new TextField();
    private final EmailField adminEmail = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Div error = new Div();
    private final Div pending = new Div();
    private final Button submit = new Button();
    private final Map<String, HasValidation> fields = Map.of("company", company, "workspace", workspace,
            "adminName", adminName, "adminEmail", adminEmail, "password", password);

    @Inject
    public SignupView(SignupService signup, AuthenticationService authentication, CurrentPrincipal principal,
                      UserAdministration users) {
        this.signup = signup;
        this.authentication = authentication;
        addClassName("tacit-centered");
        label(company, "company", 200);
        label(workspace, "workspace", 40);
        workspace.setHelperText(getTranslation("signup.workspace.help"));
        label(adminName, "adminName", 100);
        adminEmail.setLabel(getTranslation("signup.adminEmail"));
        adminEmail.setId("adminEmail");
        adminEmail.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("signup.password"));
        password.setId("password");
        password.setHelperText(getTranslation("signup.password.help"));
        password.setRequiredIndicatorVisible(true);
        error.addClassName("tacit-form-error");
        submit.setText(getTranslation("signup.submit"));
        submit.addClickListener(e -> signUp());
        pending.setId("signup-pending");
        pending.addClassName("tacit-form-success");
        pending.setVisible(false);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("signup-submit");
        LanguageSwitch language = new LanguageSwitch(principal, users);
        VerticalLayout card = new VerticalLayout(language, new H1(getTranslation("signup.title")),
                new Paragraph(getTranslation("signup.intro")), company, workspace, adminName, adminEmail, password,
                        error, pending, submit, new Anchor("login", getTranslation("signup.to-login")));
        card.addClassName("tacit-card");
        card.getChildren().filter(c -> c != language).forEach(c -> c.getElement().getStyle().set("width", "100%"));
        card.setHorizontalComponentAlignment(Alignment.END, language);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
    }

    private void label(TextField field, String name, int max) {
        field.setLabel(getTranslation("signup." + name));
        field.setId(name);
        TextLimits.limit(field, max);
        field.setRequiredIndicatorVisible(true);
    }

    private void signUp() {
        error.setText("");
        String locale = UI.getCurrent().getLocale().toLanguageTag();
        try {
            var result = signup.signUp(new SignupRequest(company.getValue(), workspace.getValue(), adminName.getValue(),
                    adminEmail.getValue(), password.getValue(), locale), LoginView.clientAddress());
            if (result.pending()) {
                pending.setText(getTranslation("signup.pending", result.workspace().value()));
                pending.setVisible(true);
                submit.setEnabled(false);
                return;
            }
            LoginView.signIn(authentication.login(
                    new LoginAttempt(result.workspace().value(), adminEmail.getValue(), password.getValue()),
                    LoginView.clientAddress()));
        } catch (InvalidInputException e) {
            showRemaining(FieldErrors.show(e.errors(), fields));
        } catch (ConflictException e) {
            showRemaining(FieldErrors.show(List.of(new FieldError(e.field(), e.code(), e.getMessage())), fields));
        }
    }

    private void showRemaining(List<FieldError> unplaced) {
        error.setText(unplaced.stream().map(e -> FieldErrors.translate(this, e)).collect(Collectors.joining(" ")));
    }
}
