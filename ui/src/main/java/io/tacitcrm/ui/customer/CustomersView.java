package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tacitcrm.access.service.RecordSharing;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.customer.domain.AccountCursor;
import io.tacitcrm.customer.domain.AccountFilters;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountSort;
import io.tacitcrm.customer.domain.ValueTier;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.exchange.service.CustomerExport;
import io.tacitcrm.exchange.service.CustomerImport;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.KeysetPages;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.PhoneColumns;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The customers of the workspace: search, sort, scroll through all of them, open one to edit. */
@Route(value = "customers", layout = MainLayout.class)
@Dependent
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final TextField industry = new TextField();
    private final TextField region = new TextField();
    private final Select<ValueTier> tier = new Select<>();
    private KeysetPages<AccountView, AccountCursor> pages;
    private String pagesKey = "";

    private final AccountEditing editing;
    private final CustomerImport importer;
    private final CustomerExport export;
    private final CurrentPrincipal principal;

    @Inject
    public CustomersView(AccountService accounts, RecordSharing sharing, CustomerImport importer,
            CustomerExport export, CurrentPrincipal principal) {
        this.accounts = accounts;
        this.editing = new AccountEditing(accounts, sharing);
        this.importer = importer;
        this.export = export;
        this.principal = principal;
        setSizeFull();
        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setId("customer-search");
        // wide enough for the placeholder in either language (the clear button takes room too), narrower on a phone
        search.setWidth("min(24em, 100%)");
        Button add = new Button(getTranslation("customers.new"), VaadinIcon.PLUS.create(), e -> open(Optional.empty()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-customer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("customers.title")), search, add);
        toolbar.setWrap(true);
        Button importCsv = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(), e
                -> new CsvImportDialog(importer, () -> {
            pages = null;
            grid.getDataProvider().refreshAll();
        }).open());
        importCsv.setId("import-open");
        importCsv.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout exchange = new HorizontalLayout(importCsv);
        exchange.setAlignItems(FlexComponent.Alignment.BASELINE);
        exchange.setWrap(true);
        if (principal.require().has(Permission.CUSTOMER_EXPORT)) {
            for (String object : new String[]{"accounts", "contacts"}) {
                Anchor download = new Anchor(
                        DownloadHandler.fromInputStream(event -> {
                            byte[] csv = object.equals("accounts") ? export.accounts() : export.contacts();
                            return new DownloadResponse(new ByteArrayInputStream(csv),
                                    object + "-" + LocalDate.now() + ".csv", "text/csv; charset=UTF-8", csv.length);
                        }), getTranslation("export." + object));
                download.getElement().setAttribute("download", true);
                download.setId("export-" + object);
                download.getStyle().set("white-space", "nowrap");
                exchange.add(download);
            }
        }
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(toolbar.getComponentAt(0));
        configureGrid();
        industry.setPlaceholder(getTranslation("account.industry"));
        region.setPlaceholder(getTranslation("account.region"));
        for (TextField filter : List.of(industry, region)) {
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            filter.setWidth("10em");
        }
        tier.setItems(ValueTier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("customers.any-tier"));
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("customers.any-tier") : getTranslation("tier."
                + t.name()));
        tier.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        tier.setWidth("12em");
        industry.setId("filter-industry");
        region.setId("filter-region");
        tier.setId("filter-tier");
        HorizontalLayout filters = new HorizontalLayout(industry, region, tier, exchange);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        exchange.getStyle().set("margin-inline-start", "auto");
        add(toolbar, filters, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title") + " · Tacit CRM";
    }

    private void configureGrid() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(BrowserZone.current(getLocale()));
        // the name carries a line of facts below it, which only a phone shows: there the other columns give way
        grid.addColumn(LitRenderer.<AccountView>of("<div>${item.name}</div>"
                        + "<div class=\"tacit-facts tacit-phone-only\">${item.facts}</div>")
                        .withProperty("name", a -> a.details().name())
                        .withProperty("facts", a -> Stream.of(a.details().region(), a.details().industry(),
                                Optional.of(a.ownerName()), a.details().phone()).flatMap(Optional::stream)
                                .filter(t -> !t.isBlank()).collect(Collectors.joining(" · "))))
                .setHeader(getTranslation("account.name")).setKey("name").setSortable(true).setSortProperty("name")
                .setFlexGrow(1).setWidth("16em").setTooltipGenerator(a -> a.details().name());
        List<Grid.Column<AccountView>> wide = List.of(
                fitted(grid.addColumn(a -> a.details().industry().orElse(""))
                        .setHeader(getTranslation("account.industry"))),
                fitted(grid.addColumn(a -> a.details().region().orElse(""))
                        .setHeader(getTranslation("account.region"))),
                fitted(grid.addColumn(a -> a.details().valueTier().map(Enum::name).orElse(""))
                        .setHeader(getTranslation("account.valueTier"))),
                fitted(grid.addColumn(AccountView::ownerName).setHeader(getTranslation("account.owner"))),
                fitted(grid.addColumn(a -> a.details().phone().orElse("")).setHeader(getTranslation("account.phone"))),
                fitted(grid.addColumn(a -> dates.format(a.createdAt())).setHeader(getTranslation("account.created"))
                        .setKey("createdAt").setSortable(true).setSortProperty("createdAt")));
        PhoneColumns.hideOnPhone(grid, wide);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("customers-grid");
        grid.setItems(query -> pagesFor(query.getSortOrders()).fetch(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CustomerView.class, e.getItem().id()
                .toString())));
        grid.setEmptyStateText(getTranslation("customers.empty"));
    }

    /** Sized to its content; the name column takes the rest of the width. */
    private static Grid.Column<AccountView> fitted(Grid.Column<AccountView> column) {
        return column.setAutoWidth(true).setFlexGrow(0);
    }


    /** One keyset pager per search text and order; a change of either starts afresh. */
    private KeysetPages<AccountView, AccountCursor> pagesFor(List<QuerySortOrder> sortOrders) {
        AccountSort sort = sortOrders.stream().findFirst().map(o -> switch (o.getSorted()) {
            case "name" -> o.getDirection() == SortDirection.ASCENDING ? AccountSort.NAME : AccountSort.NAME_DESC;
            default -> o.getDirection() == SortDirection.ASCENDING ? AccountSort.OLDEST : AccountSort.NEWEST;
        }).orElse(AccountSort.NEWEST);
        Optional<String> text = Optional.of(search.getValue().strip()).filter(s -> !s.isEmpty());
        AccountFilters filters = new AccountFilters(Optional.of(industry.getValue().strip()).filter(s -> !s.isEmpty()),
                Optional.of(region.getValue().strip()).filter(s -> !s.isEmpty()), Optional.ofNullable(tier.getValue()));
        String key = sort + "\n" + text.orElse("") + "\n" + filters;
        if (pages == null || !key.equals(pagesKey)) {
            pagesKey = key;
            pages = new KeysetPages<>((cursor, limit) -> accounts.list(new AccountQuery(text, Optional.empty(), sort,
                    cursor, new PageLimit(limit)).filtered(filters)));
        }
        return pages;
    }

    private void open(Optional<AccountView> account) {
        Runnable reload = () -> {
            pages = null;
            grid.getDataProvider().refreshAll();
        };
        account.ifPresentOrElse(a -> editing.edit(a, changed -> reload.run()), () -> editing.create(reload));
    }
}
