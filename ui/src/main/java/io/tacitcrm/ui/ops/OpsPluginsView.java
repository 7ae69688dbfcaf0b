package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.api.ui.Chart;
import io.tacitcrm.ops.domain.TenantDirectory.WorkspaceName;
import io.tacitcrm.ops.service.PlanAdministration;
import io.tacitcrm.ops.service.PluginOperations;
import io.tacitcrm.ops.service.PluginOperations.BulkOutcome;
import io.tacitcrm.ops.service.PluginOperations.CatalogEntry;
import io.tacitcrm.tenancy.domain.Plan;
import io.tacitcrm.ui.session.OperatorView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The modules installed on this service: version, status and problems, how many workspaces use each (with a chart),
 * and for one module the workspaces that have it on, switched on for a plan's workspaces or off everywhere.
 */
@Route(value = "ops/plugins", layout = OpsLayout.class)
@OperatorView
@Dependent
public class OpsPluginsView extends VerticalLayout implements HasDynamicTitle {

    private final PluginOperations plugins;
    private final PlanAdministration plans;
    private final Grid<CatalogEntry> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final VerticalLayout chart = new VerticalLayout();

    @Inject
    public OpsPluginsView(PluginOperations plugins, PlanAdministration plans) {
        this.plugins = plugins;
        this.plans = plans;
        setId("ops-plugins");
        grid.setId("ops-plugin-catalog");
        grid.addColumn(LitRenderer.<CatalogEntry>of("<div class=\"tacit-card-name\">${item.id}</div>"
                        + "<div class=\"tacit-facts\">${item.description}</div>")
                        .withProperty("id", e -> e.plugin().id())
                        .withProperty("description", e -> e.plugin().description()))
                .setHeader(getTranslation("plugins.name")).setFlexGrow(1);
        grid.addColumn(e -> e.plugin().version()).setHeader(getTranslation("ops.plugins.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("plugins.status." + e.plugin().status().name()))
                .setHeader(getTranslation("plugins.status")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(e -> e.plugin().isActive() ? null : "tacit-warning");
        grid.addColumn(e -> e.tenantsEnabled()).setHeader(getTranslation("ops.plugins.tenants")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.plugin().problem().orElse("")).setHeader(getTranslation("ops.plugins.problem"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::show, details::removeAll));
        details.setPadding(false);
        chart.setPadding(false);
        add(new H2(getTranslation("ops.plugins.title")), grid, chart, details);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.plugins.title");
    }

    private void refresh() {
        List<CatalogEntry> catalog = plugins.catalog();
        grid.setItems(catalog);
        chart.removeAll();
        chart.add(Chart.bar(getTranslation("ops.plugins.chart"), catalog.stream().map(e -> e.plugin().id()).toList(),
                List.of(new Chart.Series(getTranslation("ops.plugins.tenants"),
                        catalog.stream().map(CatalogEntry::tenantsEnabled).toList()))).height("14rem"));
    }

    private void show(CatalogEntry selected) {
        CatalogEntry entry = plugins.get(selected.plugin().id());
        String id = entry.plugin().id();
        Button enable = new Button(getTranslation("ops.plugins.enable"), e -> new PlanTargetDialog(id,
                plans.all().stream().map(Plan::code).toList(), form -> told(plugins.enableForPlan(id, form.plan())),
                this::reopen).open());
        enable.setId("ops-plugin-enable");
        enable.setEnabled(entry.plugin().isActive());
        Button disable = new Button(getTranslation("ops.plugins.disable"), e -> confirmDisable(id));
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.setId("ops-plugin-disable");
        HorizontalLayout actions = new HorizontalLayout(enable, disable);
        actions.setWrap(true);
        details.removeAll();
        details.add(new H3(getTranslation("ops.plugins.using", id, entry.tenantsEnabled())), actions, using(entry));
    }

    private Component using(CatalogEntry entry) {
        Grid<WorkspaceName> workspaces = new Grid<>();
        workspaces.setId("ops-plugin-tenants");
        workspaces.addColumn(WorkspaceName::name).setHeader(getTranslation("ops.tenant.name"));
        workspaces.addColumn(WorkspaceName::workspace).setHeader(getTranslation("ops.tenant.workspace"));
        workspaces.setItems(entry.tenants());
        workspaces.setAllRowsVisible(true);
        workspaces.setEmptyStateText(getTranslation("ops.plugins.nobody"));
        workspaces.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("ops/tenants/"
                + e.getItem().id().value())));
        return workspaces;
    }

    private void confirmDisable(String id) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("ops.plugins.disable.title", id),
                getTranslation("ops.plugins.disable.effect"), getTranslation("ops.plugins.disable"), e -> {
                    told(plugins.disableEverywhere(id));
                    reopen();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void told(BulkOutcome outcome) {
        Notification.show(getTranslation("ops.plugins.outcome", outcome.changed(), outcome.visited())
                + (outcome.refused().isEmpty() ? "" : " " + String.join("; ", outcome.refused())));
    }

    private void reopen() {
        var selected = grid.getSelectedItems().stream().findFirst();
        refresh();
        selected.ifPresent(s -> show(s));
    }
}
