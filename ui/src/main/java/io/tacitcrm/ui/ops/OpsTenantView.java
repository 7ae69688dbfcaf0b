package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.api.ui.Chart;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.ops.domain.OperatorAuditEntry;
import io.tacitcrm.ops.domain.OperatorAuditQuery;
import io.tacitcrm.ops.domain.TenantOverview;
import io.tacitcrm.ops.service.OperatorAdministration;
import io.tacitcrm.ops.service.TenantOperations;
import io.tacitcrm.ops.service.WorkspaceDeletions;
import io.tacitcrm.ops.service.WorkspaceDeletions.DeletionRequest;
import io.tacitcrm.ops.service.WorkspaceExports;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.ui.session.OperatorView;
import io.tacitcrm.ui.shell.BrowserZone;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One workspace as an operator sees it: figures, status with suspend and resume, exports, deletion and restore, and
 * what operators did to it.
 */
@Route(value = "ops/tenants/:id", layout = OpsLayout.class)
@OperatorView
@Dependent
public class OpsTenantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantOperations tenants;
    private final OperatorAdministration operators;
    private final WorkspaceExports exports;
    private final WorkspaceDeletions deletions;
    private final DateTimeFormatter moments;
    private TenantId tenant;
    private String title = "";

    @Inject
    public OpsTenantView(TenantOperations tenants, OperatorAdministration operators, WorkspaceExports exports,
            WorkspaceDeletions deletions) {
        this.tenants = tenants;
        this.operators = operators;
        this.exports = exports;
        this.deletions = deletions;
        this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(BrowserZone.current(getLocale()));
        setId("ops-tenant");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("id").flatMap(OpsTenantView::uuid);
        if (id.isEmpty()) {
            event.forwardTo(OpsTenantsView.class);
            return;
        }
        tenant = new TenantId(id.get());
        try {
            show(tenants.get(tenant));
        } catch (NotFoundException e) {
            event.forwardTo(OpsTenantsView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(TenantOverview t) {
        removeAll();
        title = t.name();
        Span status = new Span(getTranslation("ops.status." + t.status().toLowerCase(Locale.ROOT)));
        status.getElement().getThemeList().add("ACTIVE".equals(t.status()) ? "badge success"
                : "SUSPENDED".equals(t.status()) ? "badge error" : "badge contrast");
        status.setId("ops-tenant-status");
        HorizontalLayout heading = new HorizontalLayout(new H2(t.name()), status);
        heading.setAlignItems(Alignment.BASELINE);
        heading.addClassName("tacit-toolbar");
        add(heading, new Span(getTranslation("ops.tenant.workspace") + ": " + t.workspace() + " · "
                + getTranslation("ops.tenant.plan") + ": " + t.plan()));
        t.statusReason().ifPresent(reason -> {
            Div why = new Div(t.deleteAfter().map(after -> getTranslation("ops.tenant.deleting", reason,
                    moments.format(after))).orElseGet(() -> getTranslation("ops.tenant.reason", reason,
                    t.statusChangedAt().map(moments::format).orElse(""))));
            why.setId("ops-tenant-reason");
            why.addClassName("tacit-form-error");
            add(why);
        });
        add(actions(t), figures(t), new ExportsPanel(exports, tenant, moments),
                new H3(getTranslation("ops.tenant.records")));
        largest(t).ifPresent(this::add);
        add(records(t), new H3(getTranslation("ops.tenant.audit")), audit());
    }

    private Component actions(TenantOverview t) {
        Button suspend = new Button(getTranslation("ops.suspend"), e -> new SuspendDialog(t.workspace(),
                form -> tenants.suspend(tenant, form.reason()), this::refresh).open());
        suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
        suspend.setId("ops-suspend");
        suspend.setVisible("ACTIVE".equals(t.status()));
        Button resume = new Button(getTranslation("ops.resume"), e -> act(() -> tenants.resume(tenant),
                "ops.resumed"));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.setId("ops-resume");
        resume.setVisible("SUSPENDED".equals(t.status()));
        Button measure = new Button(getTranslation("ops.measure"), e -> act(() -> tenants.measure(tenant),
                "ops.measured"));
        measure.setId("ops-measure");
        Button delete = new Button(getTranslation("ops.delete"), e -> new DeletionDialog(t.workspace(),
                form -> deletions.schedule(tenant, new DeletionRequest(form.reason(), form.withoutExport(),
                        Optional.of(form.graceMinutes()))), this::refresh).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setId("ops-delete");
        delete.setVisible(!"DELETING".equals(t.status()));
        Button restore = new Button(getTranslation("ops.restore"), e -> act(() -> deletions.restore(tenant),
                "ops.restored"));
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setId("ops-restore");
        restore.setVisible("DELETING".equals(t.status()));
        Button approve = new Button(getTranslation("ops.approve"), e -> act(() -> tenants.approve(tenant),
                "ops.approved"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("ops-approve");
        approve.setVisible("PENDING".equals(t.status()));
        HorizontalLayout actions = new HorizontalLayout(approve, suspend, resume, restore, measure, delete);
        actions.setWrap(true);
        actions.addClassName("tacit-toolbar");
        return actions;
    }

    private Component figures(TenantOverview t) {
        Locale locale = getLocale();
        FlexLayout figures = new FlexLayout(
                figure("ops.tenant.users", Sizes.measured(t, t.usersActive() + " / " + t.usersAll())),
                figure("ops.tenant.customers", Sizes.measured(t, Long.toString(t.rows("public.account")))),
                figure("ops.tenant.contacts", Sizes.measured(t, Long.toString(t.rows("public.contact")))),
                figure("ops.tenant.deals", Sizes.measured(t, Long.toString(t.rows("public.opportunity")))),
                figure("ops.tenant.footprints", Sizes.measured(t, Long.toString(t.rows("public.activity")))),
                figure("ops.tenant.storage", Sizes.measured(t, Sizes.bytes(t.storageBytes(), locale))),
                figure("ops.tenant.api", t.apiRequests24h() + " / " + t.apiErrors24h()),
                figure("ops.tenant.last-login", t.lastLoginAt().map(moments::format).orElse("—")),
                figure("ops.tenant.plugins", t.pluginsEnabled().isEmpty() ? "—"
                        : String.join(", ", t.pluginsEnabled())),
                figure("ops.tenant.measured", t.measuredAt().map(moments::format).orElse("—")));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.addClassName("tacit-figures");
        figures.setId("ops-tenant-figures");
        return figures;
    }

    private Component figure(String key, String value) {
        Div figure = new Div(new Div(value), new Div(getTranslation(key)));
        figure.addClassName("tacit-figure");
        return figure;
    }

    /** The largest tables as bars, once the workspace has been measured. */
    private Optional<Component> largest(TenantOverview t) {
        List<Map.Entry<String, Long>> top = t.records().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Chart.bar(getTranslation("ops.tenant.largest"), top.stream().map(Map.Entry::getKey)
                .toList(), List.of(new Chart.Series(getTranslation("ops.tenant.rows"), top.stream()
                        .map(Map.Entry::getValue).toList()))).height("14rem"));
    }

    private Component records(TenantOverview t) {
        Grid<Map.Entry<String, Long>> grid = new Grid<>();
        grid.setId("ops-tenant-records");
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("ops.tenant.table"));
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("ops.tenant.rows")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(t.records().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("ops.tenant.not-measured"));
        return grid;
    }

    private Component audit() {
        Grid<OperatorAuditEntry> grid = new Grid<>();
        grid.setId("ops-tenant-audit");
        grid.addColumn(e -> moments.format(e.at())).setHeader(getTranslation("ops.audit.at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OperatorAuditEntry::action).setHeader(getTranslation("ops.audit.action")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OperatorAuditEntry::summary).setHeader(getTranslation("ops.audit.summary"));
        grid.setItems(operators.audit(new OperatorAuditQuery(Optional.of(tenant), Optional.empty(),
                PageLimit.DEFAULT.value())).items());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("ops.audit.empty"));
        return grid;
    }

    /** A refusal reaches the one error handler ({@code UiErrors}); the page then stays as it was. */
    private void act(Runnable action, String doneKey) {
        action.run();
        Notification.show(getTranslation(doneKey));
        refresh();
    }

    private void refresh() {
        show(tenants.get(tenant));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
