package io.tacitcrm.ui.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.domain.LinkPurpose;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.LinkDetails;
import io.tacitcrm.identity.service.LinkRedemption;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.ui.shell.BoundForm;
import io.tacitcrm.ui.shell.Problems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Where an invitation or a password reset link leads: the person chooses a password (twice), and is signed in. A link
 * that no longer works says so and offers a new one.
 */
@Route("account/password")
@PublicView
@Dependent
public class AccountPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LinkRedemption redemption;
    private final VerticalLayout card;
    private final BoundForm<ChosenPasswordForm> form = new BoundForm<>(ChosenPasswordForm.class, "choose-message");
    private String title = "";

    @Inject
    public AccountPasswordView(LinkRedemption redemption, CurrentPrincipal principal, UserAdministration users) {
        this.redemption = redemption;
        addClassName("tacit-centered");
        LanguageSwitch language = new LanguageSwitch(principal, users);
        card = new VerticalLayout(language);
        card.addClassName("tacit-card");
        card.setHorizontalComponentAlignment(Alignment.END, language);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        try {
            LinkDetails link = redemption.inspect(token);
            boolean invitation = link.purpose() == LinkPurpose.INVITATION;
            title = invitation ? getTranslation("choose.invitation.title", link.company())
                    : getTranslation("choose.reset.title");
            addToCard(new H1(title), new Paragraph(invitation
                    ? getTranslation("choose.invitation.intro", link.name(), link.workspace(), link.email())
                    : getTranslation("choose.reset.intro", link.email(), link.workspace())));
            addForm(token, invitation);
        } catch (DomainException refused) {
            title = getTranslation("choose.failed.title");
            Paragraph why = new Paragraph(Problems.text(this, refused));
            why.setId("link-refused");
            addToCard(new H1(title), why, new Anchor("forgot-password", getTranslation("choose.failed.new-link")),
                    new Anchor("login", getTranslation("forgot.to-login")));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Tacit CRM";
    }

    private void addForm(String token, boolean invitation) {
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("choose-password");
        password.setHelperText(getTranslation("password.new.help"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setAutofocus(true);
        PasswordField repeated = new PasswordField(getTranslation("password.repeated"));
        repeated.setId("choose-repeated");
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        form.binder().forField(password).bind("password");
        form.binder().forField(repeated)
                .withValidator(value -> value.equals(password.getValue()), getTranslation("password.mismatch"))
                .bind("repeated");
        Button save = new Button(getTranslation(invitation ? "choose.invitation.save" : "choose.reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("choose-save");
        save.addClickListener(e -> form.save(f -> LoginView.signIn(redemption.choosePassword(token, f.password()))));
        addToCard(password, repeated, form.message(), save);
        form.edit(ChosenPasswordForm.blank());
    }

    private void addToCard(Component... components) {
        for (Component component : components) {
            component.getElement().getStyle().set("width", "100%");
            card.add(component);
        }
    }
}
