package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.ops.service.CurrentOperator;
import io.tacitcrm.ui.session.LanguageSwitch;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The console's frame: its own title, navigation and the operator's name, apart from any workspace's. */
@Dependent
public class OpsLayout extends AppLayout {

    @Inject
    public OpsLayout(CurrentOperator operator, CurrentPrincipal principal, UserAdministration users) {
        Span title = new Span(getTranslation("ops.title"));
        title.addClassName("tacit-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        operator.get().ifPresent(me -> {
            Span who = new Span(me.name());
            who.setId("ops-current-operator");
            who.addClassName("tacit-user");
            Button signOut = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> signOut());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("ops-logout");
            header.add(who, new LanguageSwitch(principal, users), signOut);
        });
        header.addClassName("tacit-header");
        addToNavbar(header);
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("ops.nav.tenants"), "ops", VaadinIcon.BUILDING.create()));
        nav.addItem(new SideNavItem(getTranslation("ops.nav.plugins"), "ops/plugins",
                VaadinIcon.PUZZLE_PIECE.create()));
        nav.addItem(new SideNavItem(getTranslation("ops.nav.signup"), "ops/signup", VaadinIcon.USER_CHECK.create()));
        addToDrawer(nav);
    }

    private void signOut() {
        var ui = getUI().orElseThrow();
        VaadinSession.getCurrent().getSession().removeAttribute(SignedInOperator.ATTRIBUTE);
        ui.getPage().setLocation("ops/login");
    }
}
