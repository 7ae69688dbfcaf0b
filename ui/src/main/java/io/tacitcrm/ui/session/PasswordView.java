package io.tacitcrm.ui.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.MyPassword;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.ui.shell.BoundForm;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A user changes their own password: the current one, the new one twice. Every other session and personal token ends;
 * this screen carries on, signed in from the moment of the change.
 */
@Route(value = "settings/password", layout = MainLayout.class)
@Dependent
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    private final BoundForm<PasswordForm> form = new BoundForm<>(PasswordForm.class, "password-message");

    @Inject
    public PasswordView(MyPassword password, CurrentPrincipal principal) {
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")));
        PasswordField current = field("password.current", "password-current", Autocomplete.CURRENT_PASSWORD);
        PasswordField fresh = field("password.new", "password-new", Autocomplete.NEW_PASSWORD);
        fresh.setHelperText(getTranslation("password.new.help"));
        PasswordField repeated = field("password.repeated", "password-repeated", Autocomplete.NEW_PASSWORD);
        form.binder().forField(current).bind("currentPassword");
        form.binder().forField(fresh).bind("newPassword");
        form.binder().forField(repeated)
                .withValidator(value -> value.equals(fresh.getValue()), getTranslation("password.mismatch"))
                .bind("repeated");
        Button save = new Button(getTranslation("password.save"), e -> {
            Principal me = principal.require();
            if (form.save(f -> carryOn(me, password.change(f.change())))) {
                form.edit(PasswordForm.blank());
                Notification.show(getTranslation("password.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        FormLayout fields = new FormLayout(current, fresh, repeated);
        fields.setMaxWidth("28em");
        add(fields, form.message(), save);
        form.edit(PasswordForm.blank());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · Tacit CRM";
    }

    /** A password field with the hint a password manager reads (fill in the current one, offer a new one). */
    private PasswordField field(String labelKey, String id, Autocomplete hint) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setId(id);
        field.setAutocomplete(hint);
        field.setWidthFull();
        return field;
    }

    /** This browser's session goes on as one begun at the change; every earlier one has ended. */
    private static void carryOn(Principal me, Instant from) {
        new SignedInUser(me.tenantId(), me.userId(), from)
                .storeIn(VaadinServletRequest.getCurrent().getHttpServletRequest().getSession());
    }
}
