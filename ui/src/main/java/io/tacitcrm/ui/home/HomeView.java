package io.tacitcrm.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.api.ui.DashboardWidget;
import io.tacitcrm.api.ui.DashboardWidget.Size;
import io.tacitcrm.home.domain.HomeLayout;
import io.tacitcrm.home.service.HomeLayoutService;
import io.tacitcrm.home.service.SetupChecklistService;
import io.tacitcrm.sample.service.SampleData;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.plugin.service.EnabledExtension;
import io.tacitcrm.plugin.service.PluginEnablement;
import io.tacitcrm.sales.service.TargetService;
import io.tacitcrm.ui.plugin.PluginComponents;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page everyone lands on after signing in: the core's cards (the day, this month's targets) and those of the
 * company's switched-on modules, in a grid that becomes one column on a phone. A card that fails shows an error in
 * its place; the rest of the page stays.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Dependent
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(ActivityService activities, TargetService targets, PluginEnablement plugins,
                    PluginComponents components, HomeLayoutService layouts, CurrentPrincipal principal, Clock clock,
                    SetupChecklistService setup, SampleData samples) {
        setId("home");
        setWidthFull();
        ZoneId zone = BrowserZone.current(getLocale());
        List<HomeCard> cards = new ArrayList<>();
        // a new company's first steps lead the page until every one is taken (and its sample data removed)
        Optional.of(setup).filter(SetupChecklistService::mine).map(SetupChecklistService::progress)
                .filter(progress -> !progress.complete() || samples.loaded() > 0)
                .ifPresent(progress -> cards.add(new HomeCard("core:setup", getTranslation("setup.title"), Size.LARGE,
                        () -> SetupCard.of(progress, this::getTranslation, samplesOf(samples, zone)))));
        cards.addAll(new CoreCards(activities, targets, clock).all(this::getTranslation, getLocale(), zone));
        for (EnabledExtension<DashboardWidget> widget : plugins.extensions(DashboardWidget.class)) {
            DashboardWidget w = widget.extension();
            String plugin = widget.pluginId();
            // asked under the time limit, like every call into a module: who may see the card, and its heading
            components.call(plugin, "dashboard widget", context -> Optional.of(w)
                    .filter(visible -> visible.visibleTo(context.requireUser())).map(shown -> shown.title(getLocale())))
                    .flatMap(Function.identity()).ifPresent(title -> cards.add(new HomeCard(plugin + ":" + w.id(),
                    title, w.size(), () -> components.build(plugin, "dashboard widget " + w.id(), w::create))));
        }
        Div grid = new Div();
        grid.setId("home-cards");
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)").set("width", "100%")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))");
        Map<String, HomeCard> byKey = new LinkedHashMap<>();
        cards.forEach(card -> byKey.put(card.key(), card));
        HomeLayout layout = layouts.mine();
        layout.arrange(byKey.keySet()).forEach(key -> grid.add(card(byKey.get(key))));
        Button arrange = new Button(getTranslation("home.layout"), VaadinIcon.COG.create(), e -> {
            Map<String, String> titles = new LinkedHashMap<>();
            byKey.values().forEach(card -> titles.put(card.key(), card.title()));
            List<String> everything = new ArrayList<>(layout.arrange(byKey.keySet()));
            byKey.keySet().stream().filter(k -> !everything.contains(k)).forEach(everything::add);
            new HomeLayoutDialog(new Arrangement(everything, layout.hidden()), titles, chosen -> {
                layouts.save(chosen.order(), chosen.hidden());
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            }).open();
        });
        arrange.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        arrange.setId("home-layout");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("home.title",
                principal.require().name())), arrange);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(header.getComponentAt(0));
        header.setWrap(true);
        add(header, grid);
    }

    /** The sample data's actions: each tells what it did and draws the page again. */
    private SetupCard.Samples samplesOf(SampleData samples, ZoneId zone) {
        return new SetupCard.Samples() {
            @Override
            public int loaded() {
                return samples.loaded();
            }

            @Override
            public void load() {
                done(getTranslation("setup.sample.added", samples.load(zone)));
            }

            @Override
            public void remove() {
                done(getTranslation("setup.sample.removed", samples.remove()));
            }
        };
    }

    private void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    private Component card(HomeCard card) {
        Div box = new Div(new H3(card.title()), card.content().get());
        box.setId("home-card-" + card.key().replace(':', '-'));
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("min-width", "0")
                .set("grid-column", switch (card.size()) {
                    case SMALL, MEDIUM -> "auto";
                    case LARGE -> "1 / -1";
                });
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page") + " · Tacit CRM";
    }
}
