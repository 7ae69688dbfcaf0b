package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import io.tacitcrm.ops.service.NewOperator;
import io.tacitcrm.ops.service.OperatorBootstrap;
import io.tacitcrm.ui.session.OperatorView;
import io.tacitcrm.ui.session.PublicView;
import io.tacitcrm.ui.shell.BoundForm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Creating the first operator with the one-time token the server printed at its first start. */
@Route("ops/bootstrap")
@PublicView
@OperatorView
@Dependent
public class OpsBootstrapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OperatorBootstrap bootstrap;

    @Inject
    public OpsBootstrapView(OperatorBootstrap bootstrap) {
        this.bootstrap = bootstrap;
        addClassName("tacit-centered");
        BoundForm<BootstrapForm> form = new BoundForm<>(BootstrapForm.class, "ops-bootstrap-message");
        PasswordField token = new PasswordField(getTranslation("ops.bootstrap.token"));
        token.setId("ops-bootstrap-token");
        form.binder().forField(token).bind("token");
        EmailField email = new EmailField(getTranslation("ops.login.email"));
        email.setId("ops-bootstrap-email");
        form.limited(email, 254).bind("email");
        TextField name = new TextField(getTranslation("ops.bootstrap.name"));
        name.setId("ops-bootstrap-name");
        form.limited(name, 100).bind("name");
        PasswordField password = new PasswordField(getTranslation("ops.login.password"));
        password.setId("ops-bootstrap-password");
        form.binder().forField(password).bind("password");
        Button create = new Button(getTranslation("ops.bootstrap.create"), e -> {
            if (form.save(f -> bootstrap.redeem(f.token(), new NewOperator(f.email(), f.name(), f.password())))) {
                getUI().ifPresent(ui -> ui.navigate(OpsLoginView.class));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("ops-bootstrap-create");
        VerticalLayout card = new VerticalLayout(new H1(getTranslation("ops.title")),
                new Paragraph(getTranslation("ops.bootstrap.intro")), token, email, name, password, form.message(),
                create);
        card.addClassName("tacit-card");
        card.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
        add(card);
        form.edit(BootstrapForm.blank());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!bootstrap.open()) {
            event.forwardTo(OpsLoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.bootstrap.title");
    }
}
