package io.tacitcrm.ui.sales;

import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.plugin.service.FigureReader;
import io.tacitcrm.sales.domain.DealFilter;
import io.tacitcrm.sales.domain.OpportunityCursor;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.service.CloseReasons;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import io.tacitcrm.sales.service.SalesProcessService;
import io.tacitcrm.sales.service.StageView;
import io.tacitcrm.ui.customer.CustomerView;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.KeysetPages;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The pipeline as a board: a column per active stage with the opportunities the user may see. Dragging a card to
 * another column (or choosing the stage from its menu) moves it under the same requirement checks as the API.
 */
@Route(value = "pipeline", layout = MainLayout.class)
@Dependent
public class PipelineView extends VerticalLayout implements HasDynamicTitle {

    static final int PER_STAGE = 50;
    /** The currency the board adds up; a deal in another one shows on its card, not in the sums. */
    static final String CURRENCY = "CNY";

    private final OpportunityService opportunities;
    private final CloseReasons reasons;
    private final FigureReader figures;
    private final Span overall = new Span();
    private final SalesProcessService process;
    private final CurrentPrincipal principal;
    private final HorizontalLayout board = new HorizontalLayout();
    private final PipelineFilters filters;
    private final Grid<OpportunityView> list = new Grid<>();

    @Inject
    public PipelineView(OpportunityService opportunities, SalesProcessService process, CloseReasons reasons,
            FigureReader figures, CurrentPrincipal principal, UserDirectory directory, Clock clock) {
        this.opportunities = opportunities;
        this.figures = figures;
        this.reasons = reasons;
        this.process = process;
        this.principal = principal;
        setSizeFull();
        filters = new PipelineFilters(principal.require().userId(), directory.activeMembers(),
                List.copyOf(directory.teams().values()), clock, BrowserZone.current(getLocale()), this::refresh);
        NumberFormat amounts = NumberFormat.getNumberInstance(getLocale());
        list.addColumn(o -> o.details().name()).setHeader(getTranslation("opportunity.name")).setFlexGrow(1)
                .setWidth("14em");
        list.addColumn(OpportunityView::stageName).setHeader(getTranslation("opportunity.stage")).setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(o -> o.probability() + "%").setHeader(getTranslation("pipeline.probability"))
                .setAutoWidth(true).setFlexGrow(0);
        list.addColumn(o -> o.details().amount().map(a -> o.details().currency() + " " + amounts.format(a)).orElse(""))
                .setHeader(getTranslation("opportunity.amount")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(o -> o.details().closeDate().map(Object::toString).orElse(""))
                .setHeader(getTranslation("opportunity.closeDate"))
                .setAutoWidth(true).setFlexGrow(0);
        list.addColumn(OpportunityView::ownerName).setHeader(getTranslation("account.owner")).setAutoWidth(true)
                .setFlexGrow(0);
        list.addItemClickListener(e -> openDeal(e.getItem()));
        Tabs mode = new Tabs(
                new Tab(getTranslation("pipeline.board")),
                new Tab(getTranslation("pipeline.list")));
        mode.setId("pipeline-mode");
        overall.setId("pipeline-total");
        overall.addClassName("tacit-facts");
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("pipeline.title")), mode, filters,
                overall);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        board.setId("pipeline-board");
        board.addClassName("tacit-board");
        board.setSizeFull();
        list.setId("pipeline-list");
        list.setVisible(false);
        mode.addSelectedChangeListener(e -> {
            boolean showList = mode.getSelectedIndex() == 1;
            board.setVisible(!showList);
            list.setVisible(showList);
            refresh();
        });
        add(toolbar, board, list);
        expand(board);
        setFlexGrow(1, list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.title") + " · Tacit CRM";
    }

    private void refresh() {
        if (list.isVisible()) {
            DealFilter filter = filters.deals();
            var pages = new KeysetPages<OpportunityView, OpportunityCursor>((cursor, limit) -> opportunities.list(
                    Optional.empty(), Optional.empty(), filter, Optional.empty(), cursor, limit));
            list.setItems(q -> pages.fetch(q.getOffset(), q.getLimit()).stream());
            return;
        }
        board.removeAll();
        List<StageView> stages = process.current().active();
        Map<UUID, OpenDeals> open = openTotals();
        stages.forEach(stage -> board.add(column(stage, stages, Optional.ofNullable(open.get(stage.id().value())))));
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        BigDecimal amount = open.values().stream().map(OpenDeals::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = open.values().stream().map(OpenDeals::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        overall.setText(getTranslation("pipeline.total", open.values().stream().mapToInt(OpenDeals::deals).sum(),
                CURRENCY + " " + money.format(amount), CURRENCY + " " + money.format(weighted)));
    }

    /**
     * Every open deal the user may see (within the filters), summed per stage in the main currency — not only the
     * cards a column shows.
     */
    private Map<UUID, OpenDeals> openTotals() {
        DealFilter filter = filters.deals();
        return figures.open(filters.owners(), filter.closeFrom(), filter.closeTo(), CURRENCY).stream()
                .collect(Collectors.toMap(OpenDeals::stageId, d -> d, (a, b) -> new OpenDeals(a.stageId(), a.ownerId(),
                        a.deals() + b.deals(), a.amount().add(b.amount()), a.weighted().add(b.weighted()))));
    }

    private void openDeal(OpportunityView o) {
        getUI().ifPresent(ui -> ui.navigate(CustomerView.class, o.account().toString(),
                QueryParameters.of("deal", o.id().toString())));
    }

    private VerticalLayout column(StageView stage, List<StageView> stages, Optional<OpenDeals> totals) {
        Page<OpportunityView, OpportunityCursor> page = opportunities.list(Optional.empty(), Optional.of(stage.id()),
                filters.deals(), Optional.empty(), Optional.empty(), PER_STAGE);
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        BigDecimal total = page.items().stream().flatMap(o -> o.details().amount().stream()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        Span title = new Span(stage.definition().name());
        title.addClassName("tacit-column-title");
        boolean open = stage.definition().kind() == StageKind.OPEN;
        Span summary = new Span(open
                ? getTranslation("pipeline.summary.open", totals.map(OpenDeals::deals).orElse(0),
                        CURRENCY + " " + money.format(totals.map(OpenDeals::amount).orElse(BigDecimal.ZERO)),
                        CURRENCY + " " + money.format(totals.map(OpenDeals::weighted).orElse(BigDecimal.ZERO)),
                        stage.definition().probability())
                : getTranslation(page.nextCursor().isPresent() ? "pipeline.summary.more" : "pipeline.summary",
                        page.items().size(), money.format(total), stage.definition().probability()));
        summary.addClassName("tacit-column-summary");
        VerticalLayout column = new VerticalLayout(title, summary);
        column.addClassName("tacit-column");
        if (!open) {
            column.addClassName("tacit-column-closed"); // narrower: the open stages are where the work is
        }
        column.setId("stage-" + stage.id());
        column.getElement().setAttribute("title", stage.definition().guidance());
        page.items().forEach(o -> column.add(card(o, stages, money)));
        DropTarget<VerticalLayout> target = DropTarget.create(column);
        target.addDropListener(e -> e.getDragData().filter(OpportunityView.class::isInstance)
                .map(OpportunityView.class::cast)
                .ifPresent(o -> move(o, stage)));
        return column;
    }

    private Div card(OpportunityView o, List<StageView> stages, NumberFormat money) {
        Span name = new Span(o.details().name());
        name.addClassName("tacit-card-name");
        Span amount = new Span(o.details().amount().map(a -> o.details().currency() + " " + money.format(a))
                .orElse("—"));
        Span owner = new Span(o.ownerName() + o.details().closeDate().map(d -> " · " + d).orElse(""));
        owner.addClassName("tacit-card-meta");
        Div card = new Div(name, amount, owner);
        card.addClassName("tacit-deal");
        card.addClickListener(e -> openDeal(o));
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(o);
        ContextMenu menu = new ContextMenu(card);
        menu.addItem(getTranslation("pipeline.open-customer"), e -> getUI().ifPresent(ui
                -> ui.navigate(CustomerView.class, o.account().toString())));
        menu.setOpenOnClick(false);
        stages.stream().filter(s -> !s.id().equals(o.stage())).forEach(s ->
                menu.addItem(getTranslation("pipeline.move-to", s.definition().name()), e -> move(o, s)));
        return card;
    }

    private void move(OpportunityView o, StageView stage) {
        if (stage.id().equals(o.stage())) {
            return;
        }
        StageKind kind = stage.definition().kind();
        if (kind != StageKind.OPEN) {
            // closing asks why; a refusal shows in the dialog, the board stays
            DealClosing.ask(opportunities, reasons, o, stage, this::refresh);
            return;
        }
        // a refusal (unmet requirements, a stale card) is told by the screens' error handler; the board stays
        opportunities.moveToStage(o.id(), stage.id(), ExpectedVersion.of(o.version()));
        Notification.show(getTranslation("pipeline.moved", o.details().name(), stage.definition().name()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }
}
