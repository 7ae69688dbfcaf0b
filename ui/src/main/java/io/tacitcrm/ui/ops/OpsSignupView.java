package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.ops.service.SignupPolicyAdministration;
import io.tacitcrm.tenancy.domain.SignupPolicy;
import io.tacitcrm.ui.session.OperatorView;
import io.tacitcrm.ui.shell.BoundForm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** How companies may sign up: reserved names, a daily limit per address, approval of new workspaces. */
@Route(value = "ops/signup", layout = OpsLayout.class)
@OperatorView
@Dependent
public class OpsSignupView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public OpsSignupView(SignupPolicyAdministration policies) {
        setId("ops-signup");
        BoundForm<SignupPolicyForm> form = new BoundForm<>(SignupPolicyForm.class, "ops-signup-message");
        Checkbox approval = new Checkbox(getTranslation("ops.signup.approval"));
        approval.setId("ops-signup-approval");
        form.binder().forField(approval).bind("approvalRequired");
        IntegerField perDay = new IntegerField(getTranslation("ops.signup.per-day"));
        perDay.setId("ops-signup-per-day");
        perDay.setHelperText(getTranslation("ops.signup.per-day.help"));
        perDay.setMin(1);
        perDay.setMax(SignupPolicy.PER_DAY_MAX);
        perDay.setClearButtonVisible(true);
        form.binder().forField(perDay).bind("perDay");
        TextArea reserved = new TextArea(getTranslation("ops.signup.reserved"));
        reserved.setId("ops-signup-reserved");
        reserved.setHelperText(getTranslation("ops.signup.reserved.help"));
        reserved.setWidthFull();
        reserved.setMinHeight("8em");
        form.binder().forField(reserved).bind("reservedNames");
        Button save = new Button(getTranslation("action.save"), e -> {
            if (form.save(f -> form.edit(SignupPolicyForm.of(policies.change(f.policy()))))) {
                Notification.show(getTranslation("ops.signup.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("ops-signup-save");
        VerticalLayout fields = new VerticalLayout(approval, perDay, reserved, form.message(), save);
        fields.setPadding(false);
        fields.setMaxWidth("40em");
        add(new H2(getTranslation("ops.signup.title")), new Paragraph(getTranslation("ops.signup.intro")), fields);
        form.edit(SignupPolicyForm.of(policies.current()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.signup.title");
    }
}
