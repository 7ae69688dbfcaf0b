package io.tacitcrm.ui.plugin;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.api.ui.ViewContribution;
import io.tacitcrm.plugin.service.EnabledExtension;
import io.tacitcrm.plugin.service.PluginEnablement;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The host route of plugin views, {@code /x/<plugin>/<view>[/<parameter>…]}: shows the view of a plugin the user's
 * workspace enabled, inside the application's layout, built from standard components of the pre-compiled bundle.
 */
@Route(value = "x/:plugin/:view/:parameters*", layout = MainLayout.class)
@PermitAll
@Dependent
public class PluginViewHost extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PluginEnablement enablement;
    private final PluginComponents components;
    private String title = "Tacit CRM";

    @Inject
    public PluginViewHost(PluginEnablement enablement, PluginComponents components) {
        this.enablement = enablement;
        this.components = components;
        setSizeFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String plugin = event.getRouteParameters().get("plugin").orElse("");
        String view = event.getRouteParameters().get("view").orElse("");
        List<String> parameters = event.getRouteParameters().getWildcard("parameters");
        Optional<EnabledExtension<ViewContribution>> found = enablement.extensions(ViewContribution.class).stream()
                .filter(e -> e.pluginId().equals(plugin))
                .filter(e -> components.call(plugin, "view name", c -> e.extension().view()).filter(view::equals)
                        .isPresent())
                .findFirst();
        if (found.isEmpty()) {
            Span missing = new Span(getTranslation("plugin.not-found"));
            missing.setId("plugin-view-not-found");
            add(missing);
            title = getTranslation("plugin.not-found") + " · Tacit CRM";
            return;
        }
        ViewContribution contribution = found.get().extension();
        title = components.call(plugin, "view title", c -> contribution.title(c.locale())).orElse(view)
                + " · Tacit CRM";
        var content = components.build(plugin, "view " + view, c -> contribution.create(parameters, c));
        add(content);
        setFlexGrow(1, content);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
