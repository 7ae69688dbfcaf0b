package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.ops.domain.TenantListQuery;
import io.tacitcrm.ops.domain.TenantListQuery.Sort;
import io.tacitcrm.ops.domain.TenantOverview;
import io.tacitcrm.ops.service.TenantOperations;
import io.tacitcrm.ops.service.TenantOperations.TenantCursor;
import io.tacitcrm.ui.session.OperatorView;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.KeysetPages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** The workspaces hosted here with their usage: search, order, and open one. Counts only, never a record. */
@Route(value = "ops", layout = OpsLayout.class)
@OperatorView
@Dependent
public class OpsTenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantOperations tenants;
    private final TextField search = new TextField();
    private final Select<Sort> sort = new Select<>();
    private final Grid<TenantOverview> grid = new Grid<>();
    private KeysetPages<TenantOverview, TenantCursor> pages;

    @Inject
    public OpsTenantsView(TenantOperations tenants) {
        this.tenants = tenants;
        setSizeFull();
        search.setPlaceholder(getTranslation("ops.tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("ops-tenant-search");
        search.addValueChangeListener(e -> reload());
        sort.setLabel(getTranslation("ops.tenants.sort"));
        sort.setItems(Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("ops.tenants.sort." + s.name().toLowerCase(Locale.ROOT)));
        sort.setValue(Sort.NAME);
        sort.setId("ops-tenant-sort");
        sort.addValueChangeListener(e -> reload());
        HorizontalLayout toolbar = new HorizontalLayout(search, sort);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("tacit-toolbar");
        configureGrid();
        add(new H2(getTranslation("ops.tenants.title")), toolbar, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.tenants.title");
    }

    private void configureGrid() {
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(BrowserZone.current(locale));
        grid.setId("ops-tenants");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // the company over its workspace: one column, so a phone shows both
        grid.addColumn(LitRenderer.<TenantOverview>of("<div class=\"tacit-card-name\">${item.name}</div>"
                        + "<div class=\"tacit-facts\"><span>${item.workspace}</span> · ${item.plan}</div>")
                        .withProperty("name", TenantOverview::name).withProperty("workspace", TenantOverview::workspace)
                        .withProperty("plan", TenantOverview::plan))
                .setHeader(getTranslation("ops.tenant.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> getTranslation("ops.status." + t.status().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("ops.tenant.status")).setAutoWidth(true)
                .setPartNameGenerator(t -> "ACTIVE".equals(t.status()) ? null : "tacit-warning");
        grid.addColumn(t -> Sizes.measured(t, t.usersActive() + " / " + t.usersAll()))
                .setHeader(getTranslation("ops.tenant.users"))
                .setAutoWidth(true);
        grid.addColumn(t -> Sizes.measured(t, Long.toString(t.rows("public.account"))))
                .setHeader(getTranslation("ops.tenant.customers"))
                .setAutoWidth(true);
        grid.addColumn(t -> Sizes.measured(t, Sizes.bytes(t.storageBytes(), locale)))
                .setHeader(getTranslation("ops.tenant.storage"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.apiRequests24h() + " / " + t.apiErrors24h())
                .setHeader(getTranslation("ops.tenant.api")).setAutoWidth(true);
        grid.addColumn(t -> t.lastActivity().map(dates::format).orElse("—"))
                .setHeader(getTranslation("ops.tenant.last-activity")).setAutoWidth(true);
        grid.addColumn(t -> dates.format(t.createdAt())).setHeader(getTranslation("ops.tenant.created"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("ops.tenants.empty"));
        grid.setItems(query -> pages().fetch(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(OpsTenantView.class,
                new RouteParameters("id", e.getItem().id().value().toString()))));
    }

    private KeysetPages<TenantOverview, TenantCursor> pages() {
        if (pages == null) {
            Optional<String> text = Optional.of(search.getValue().strip()).filter(s -> !s.isEmpty());
            Sort order = Optional.ofNullable(sort.getValue()).orElse(Sort.NAME);
            pages = new KeysetPages<>((cursor, limit) -> tenants.page(new TenantListQuery(text, order,
                    cursor.map(c -> new TenantListQuery.After(c.key(), c.id())), new PageLimit(limit).value())));
        }
        return pages;
    }

    private void reload() {
        pages = null;
        grid.getDataProvider().refreshAll();
    }
}
