package io.tacitcrm.ui.shell;


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
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import io.tacitcrm.agenda.service.Reminders;
import io.tacitcrm.api.CrmModule;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.EmailVerifications;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.plugin.service.PluginEnablement;
import io.tacitcrm.search.service.GlobalSearch;
import io.tacitcrm.ui.agenda.ReminderBell;
import io.tacitcrm.ui.plugin.PluginComponents;
import io.tacitcrm.ui.search.SearchBox;
import io.tacitcrm.ui.session.LanguageSwitch;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** The frame around every signed-in page: navigation, the workspace, the user, language and log-out. */
@Dependent
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final PluginEnablement plugins;
    private final PluginComponents pluginCalls;
    private final SideNavItem pluginEntries;
    private final boolean signedIn;
    private final ReminderBell bell;

    @Inject
    public MainLayout(CurrentPrincipal principal, UserAdministration users, PluginEnablement plugins,
            PluginComponents pluginCalls, EmailVerifications verifications, Reminders reminders, Clock clock,
            GlobalSearch search) {
        this.plugins = plugins;
        this.pluginCalls = pluginCalls;
        this.signedIn = principal.get().isPresent();
        this.bell = new ReminderBell(reminders, clock);
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("tacit-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        principal.get().ifPresent(me -> {
            Span who = new Span(me.name() + " · " + me.workspace());
            who.setId("current-user");
            who.addClassName("tacit-user");
            Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> logOut());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            header.add(new SearchBox(search), who, bell, new LanguageSwitch(principal, users), logout);
            header.expand(title);
            if (!verifications.mineVerified()) {
                header.add(new VerificationBanner(verifications, me.email().value()));
            }
        });
        header.addClassName("tacit-header");
        addToNavbar(header);
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.customers"), "customers", VaadinIcon.BUILDING.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.pipeline"), "pipeline", VaadinIcon.FUNNEL.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.myday"), "my-day", VaadinIcon.CALENDAR_USER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.reports"), "daily-reports", VaadinIcon.NOTEBOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.targets"), "targets", VaadinIcon.TRENDING_UP.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.pool"), "pool", VaadinIcon.INBOX.create()));
        pluginEntries = new SideNavItem(getTranslation("nav.modules"));
        pluginEntries.setPrefixComponent(VaadinIcon.PUZZLE_PIECE.create());
        pluginEntries.setExpanded(true);
        pluginEntries.setId("nav-modules");
        nav.addItem(pluginEntries);
        principal.get().filter(me -> me.has(Permission.CUSTOMER_TRANSFER)).ifPresent(me ->
                nav.addItem(new SideNavItem(getTranslation("nav.transfer"), "settings/transfer",
                        VaadinIcon.EXCHANGE.create())));
        principal.get().filter(me -> me.has(Permission.USERS_MANAGE)).ifPresent(me -> {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "settings/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.roles"), "settings/roles", VaadinIcon.SITEMAP.create()));
        });
        principal.get().filter(me -> me.has(Permission.PLUGINS_MANAGE)).ifPresent(me ->
                nav.addItem(new SideNavItem(getTranslation("nav.plugins"), "settings/plugins",
                        VaadinIcon.PLUG.create())));
        nav.addItem(new SideNavItem(getTranslation("nav.teams"), "settings/teams", VaadinIcon.GROUP.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.sharing"), "settings/sharing", VaadinIcon.SHARE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.reminders"), "settings/reminders", VaadinIcon.BELL.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.tokens"), "settings/tokens", VaadinIcon.KEY.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.password"), "settings/password", VaadinIcon.LOCK.create()));
        principal.get().filter(me -> me.has(Permission.PROCESS_MANAGE)).ifPresent(me ->
                nav.addItem(new SideNavItem(getTranslation("nav.process"), "settings/process",
                        VaadinIcon.FLAG_CHECKERED.create())));
        addToDrawer(nav);
        addAttachListener(e -> {
            if (e.getSession().getAttribute(ZoneId.class) == null) {
                // the browser's zone becomes the user's for reminders too, unless the user chose one
                BrowserZone.learn(e.getUI(), zone -> {
                    if (signedIn) {
                        reminders.learnZone(zone);
                    }
                });
            }
        });
    }

    /** Plugin entries are read again on every navigation, so a plugin switched off disappears from the menu at once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pluginEntries.removeAll();
        pluginEntries.setVisible(false);
        if (!signedIn) {
            return;
        }
        bell.refresh();
        for (var module : plugins.extensions(CrmModule.class)) {
            pluginCalls.call(module.pluginId(), "menu", c -> module.extension().menu(c.locale())).orElse(List.of())
                    .forEach(entry -> pluginEntries.addItem(new SideNavItem(entry.label(),
                            "x/" + module.pluginId() + "/" + entry.view())));
        }
        pluginEntries.setVisible(!pluginEntries.getItems().isEmpty());
    }

    private void logOut() {
        var ui = getUI().orElseThrow();
        VaadinSession.getCurrent().getSession().invalidate();
        ui.getPage().setLocation("login");
    }
}
