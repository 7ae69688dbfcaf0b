package io.tacitcrm.ui.session;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.PasswordResets;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.ui.shell.BoundForm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * "I forgot my password": workspace and address; a link is mailed if they name an account. The answer is the same
 * either way, so that nobody learns here who has an account.
 */
@Route("forgot-password")
@PublicView
@Dependent
public class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoundForm<ResetForm> form = new BoundForm<>(ResetForm.class, "reset-message");
    private final Paragraph sent = new Paragraph();

    @Inject
    public ForgotPasswordView(PasswordResets resets, CurrentPrincipal principal, UserAdministration users) {
        addClassName("tacit-centered");
        TextField workspace = new TextField(getTranslation("login.workspace"));
        workspace.setId("workspace");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setId("email");
        email.setAutofocus(true);
        form.limited(workspace, 40).bind("workspace");
        form.limited(email, 254).bind("email");
        sent.setId("reset-sent");
        sent.setVisible(false);
        Button submit = new Button(getTranslation("forgot.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("reset-submit");
        VerticalLayout fields = new VerticalLayout(workspace, email, form.message(), submit);
        fields.setPadding(false);
        fields.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
        submit.addClickListener(e -> {
            if (form.save(f -> resets.request(f.request(), LoginView.clientAddress()))) {
                sent.setText(getTranslation("forgot.sent", email.getValue().strip()));
                sent.setVisible(true);
                fields.setVisible(false);
            }
        });
        LanguageSwitch language = new LanguageSwitch(principal, users);
        VerticalLayout card = new VerticalLayout(language, new H1(getTranslation("forgot.title")),
                new Paragraph(getTranslation("forgot.intro")), fields, sent,
                new Anchor("login", getTranslation("forgot.to-login")));
        card.addClassName("tacit-card");
        card.getChildren().filter(c -> c != language).forEach(c -> c.getElement().getStyle().set("width", "100%"));
        card.setHorizontalComponentAlignment(Alignment.END, language);
        add(card);
        form.edit(ResetForm.of(""));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("workspace")
                .ifPresent(w -> form.edit(ResetForm.of(w)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · Tacit CRM";
    }
}
