package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.plugin.service.ModuleSettings;
import io.tacitcrm.plugin.service.PluginEnablement;
import io.tacitcrm.plugin.service.SettingValue;
import io.tacitcrm.plugin.service.TenantPlugin;
import io.tacitcrm.ui.shell.FieldErrors;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The modules installed on this server, and this workspace's switch for each (administrators only). */
@Route(value = "settings/plugins", layout = MainLayout.class)
@PermitAll
@Dependent
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

    private final PluginEnablement enablement;
    private final ModuleSettings settings;
    private final Grid<TenantPlugin> grid = new Grid<>();

    @Inject
    public PluginsView(PluginEnablement enablement, ModuleSettings settings, CurrentPrincipal principal) {
        this.enablement = enablement;
        this.settings = settings;
        setSizeFull();
        add(new H2(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.intro")));
        boolean admin = principal.require().has(Permission.PLUGINS_MANAGE);
        grid.addComponentColumn(p -> toggle(p, admin)).setHeader(getTranslation("plugins.enabled")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TenantPlugin::name).setHeader(getTranslation("plugins.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TenantPlugin::description).setHeader(getTranslation("plugins.description")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("plugins.status." + p.plugin().status())
                + p.plugin().problem().map(why -> " — " + why).orElse("")).setHeader(getTranslation("plugins.status"))
                        .setFlexGrow(1);
        grid.addComponentColumn(this::settingsButton).setAutoWidth(true).setFlexGrow(0);
        grid.setId("plugins-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private Checkbox toggle(TenantPlugin plugin, boolean admin) {
        Checkbox box = new Checkbox(plugin.enabled());
        box.setId("plugin-enabled-" + plugin.plugin().id());
        box.setEnabled(admin && (plugin.plugin().isActive() || plugin.enabled()));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                enablement.set(plugin.plugin().id(), e.getValue());
                Notification.show(getTranslation(e.getValue() ? "plugins.enabled-now" : "plugins.disabled-now",
                        plugin.name()));
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            } catch (DomainException problem) {
                Notification.show(FieldErrors.translate(this, new FieldError("", problem.code(),
                        problem.getMessage())));
                refresh();
            }
        });
        return box;
    }

    /** Opens the module's settings; only a switched-on module that describes some has the button. */
    private Component settingsButton(TenantPlugin plugin) {
        if (!plugin.enabled() || !plugin.plugin().isActive()) {
            return new Span();
        }
        List<SettingValue> values = settings.read(plugin.plugin().id());
        if (values.isEmpty()) {
            return new Span();
        }
        Button open = new Button(getTranslation("plugins.settings"), VaadinIcon.COG.create(), e ->
                new PluginSettingsDialog(plugin, settings.read(plugin.plugin().id()),
                        changes -> settings.change(plugin.plugin().id(), changes)).open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setId("plugin-settings-" + plugin.plugin().id());
        return open;
    }

    private void refresh() {
        grid.setItems(enablement.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title") + " · Tacit CRM";
    }
}
