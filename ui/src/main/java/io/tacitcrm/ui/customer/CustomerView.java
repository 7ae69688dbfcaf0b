package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.tacitcrm.access.service.RecordSharing;
import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.service.ActivityFilter;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.customer.service.ContactView;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.service.CloseReasons;
import io.tacitcrm.sales.service.NewOpportunity;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import io.tacitcrm.sales.service.SalesProcessService;
import io.tacitcrm.transfer.service.TransferService;
import io.tacitcrm.ui.plugin.PluginTabs;
import io.tacitcrm.ui.sales.OpportunityDialog;
import io.tacitcrm.ui.sales.OpportunityForm;
import io.tacitcrm.ui.sales.StagePanel;
import io.tacitcrm.ui.activity.Positions;
import io.tacitcrm.ui.shell.PhoneColumns;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.KeysetPages;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One customer: its facts, contacts, opportunities and the timeline of every footprint, with quick logging. */
@Route(value = "customers", layout = MainLayout.class)
@Dependent
public class CustomerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** Contacts and open deals a form offers to link; a customer with more is searched in the lists. */
    private static final PageLimit CHOICES = new PageLimit(PageLimit.MAX);

    private final AccountService accounts;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final ActivityService activities;
    private ZoneId zone = ZoneId.systemDefault();
    private AccountView account;

    private final SalesProcessService process;
    private final UserDirectory directory;
    private final TransferService transfers;
    private final PluginTabs pluginTabs;
    private final RecordSharing sharing;
    private final AccountEditing editing;
    /** Enough planned footprints ahead to find the earliest (a list comes newest first). */
    private static final int NEXT_STEPS = 50;
    private final CloseReasons reasons;
    private Optional<UUID> requestedDeal = Optional.empty();

    @Inject
    public CustomerView(AccountService accounts, ContactService contacts, OpportunityService opportunities,
            ActivityService activities, SalesProcessService process, UserDirectory directory,
            TransferService transfers, RecordSharing sharing, PluginTabs pluginTabs, CloseReasons reasons) {
        this.sharing = sharing;
        this.reasons = reasons;
        this.editing = new AccountEditing(accounts, sharing);
        this.pluginTabs = pluginTabs;
        this.process = process;
        this.directory = directory;
        this.transfers = transfers;
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.activities = activities;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        // customers/<id>?deal=<id> opens one of its deals (the address plugins get from context.links())
        requestedDeal = event.getLocation().getQueryParameters().getSingleParameter("deal").flatMap(CustomerView::uuid);
        zone = BrowserZone.current(getLocale());
        try {
            account = accounts.find(new AccountId(UUID.fromString(id)));
            render();
        } catch (NotFoundException | IllegalArgumentException e) {
            account = null;
            Span missing = new Span(getTranslation("customer.not-found"));
            missing.setId("customer-not-found");
            add(missing);
        }
    }

    @Override
    public String getPageTitle() {
        return Optional.ofNullable(account).map(a -> a.details().name()).orElse(getTranslation("customers.title"))
                + " · Tacit CRM";
    }

    private void render() {
        H2 name = new H2(account.details().name());
        name.setId("customer-name");
        Span facts = new Span(facts());
        facts.addClassName("tacit-facts");
        // saving the details changes the name and the facts line: only those are redrawn, not the page's tabs
        Button edit = new Button(getTranslation("customer.details"), VaadinIcon.EDIT.create(),
                e -> editing.edit(account, saved -> saved.ifPresentOrElse(updated -> {
                    account = updated;
                    name.setText(updated.details().name());
                    facts.setText(facts());
                    getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
                }, () -> getUI().ifPresent(ui -> ui.navigate(CustomersView.class)))));
        edit.setId("customer-edit");
        HorizontalLayout header = new HorizontalLayout(name, edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        List<ContactView> people = contacts.ofAccount(account.id(), Optional.empty(), CHOICES).items();
        List<OpportunityView> deals = opportunities.list(Optional.of(account.id()), Optional.empty(), Optional.empty(),
                Optional.empty(), CHOICES.value()).items();
        tabs.add(getTranslation("customer.timeline"), timeline(people, deals));
        tabs.add(getTranslation("customer.contacts") + " (" + people.size() + ")", contactList(people));
        tabs.add(getTranslation("customer.opportunities") + " (" + deals.size() + ")", opportunityList(people, deals));
        tabs.add(getTranslation("customer.team"), new AccountTeamPanel(sharing,
                () -> accounts.permit(account.id()), directory.activeMembers(), zone));
        transfers.handover(account.id()).ifPresent(handover -> tabs.add(getTranslation("customer.handover"),
                new HandoverPanel(handover,
                directory.member(handover.dossier().previousOwner()).map(Member::name).orElse("?"), zone)));
        pluginTabs.addTo(tabs, new RecordRef(RecordType.ACCOUNT, account.id().value()));
        add(header, facts);
        nextStep().ifPresent(this::add);
        add(tabs);
        expand(tabs);
        keepTab(tabs);
        requestedDeal.flatMap(this::dealOfThisCustomer).ifPresent(deal -> {
            tabs.setSelectedIndex(2);
            openDeal(people, deal, () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
        });
    }

    /** The tab one was on stays open when a save redraws the page (a contact, a deal, a footprint). */
    private void keepTab(TabSheet tabs) {
        UI ui = UI.getCurrent();
        OpenTab last = ComponentUtil.getData(ui, OpenTab.class);
        if (last != null && last.account().equals(account.id()) && last.index() < tabs.getTabCount()) {
            tabs.setSelectedIndex(last.index());
        }
        tabs.addSelectedChangeListener(e -> ComponentUtil.setData(ui, OpenTab.class,
                new OpenTab(account.id(), tabs.getSelectedIndex())));
    }

    private record OpenTab(AccountId account, int index) {
    }

    /** The next step one planned at this customer (its earliest planned footprint ahead), for the header. */
    private Optional<Span> nextStep() {
        // the list comes newest first: look two weeks ahead first, so that the earliest is surely among those read
        return plannedWithin(Duration.ofDays(14)).or(() -> plannedWithin(Duration.ofDays(366)))
                .map(a -> {
                    Span next = new Span(getTranslation("customer.next-step", DateTimeFormatter.ofLocalizedDateTime(
                            FormatStyle.SHORT).withLocale(getLocale()).withZone(zone).format(a.details().occurredAt()),
                            getTranslation("activity.type." + a.details().type()), a.details().subject()));
                    next.setId("customer-next-step");
                    next.addClassName("tacit-facts");
                    return next;
                });
    }

    private Optional<ActivityView> plannedWithin(Duration ahead) {
        Instant now = Instant.now();
        return activities.list(new ActivityFilter(Optional.of(account.id()), Optional.empty(), Optional.empty(),
                        Optional.of(now), Optional.of(now.plus(ahead)), Optional.empty(), NEXT_STEPS))
                .items().stream().filter(a -> a.details().status() == ActivityStatus.PLANNED).reduce((a, b) -> b);
    }

    /** The deal, if it exists, belongs to this customer and the user may see it. */
    private Optional<OpportunityView> dealOfThisCustomer(UUID id) {
        try {
            return Optional.of(opportunities.find(new OpportunityId(id))).filter(d -> d.account().equals(account.id()));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** A deal's form, its stage and its footprint log, and the plugins' sections for it. */
    private void openDeal(List<ContactView> people, OpportunityView deal, Runnable refresh) {
        OpportunityDialog dialog = new OpportunityDialog(people, Optional.of(OpportunityForm.of(deal.details())),
                form -> opportunities.edit(deal.id(), ExpectedVersion.of(deal.version()), current -> form.details()),
                refresh);
        dialog.add(new StagePanel(opportunities, process, reasons,
                (footprint, target) -> activities.linkToOpportunity(new ActivityId(footprint), target), deal, refresh));
        Details log = new Details(getTranslation("activity.log"), new FootprintForm(activities::log, account.id(),
                people, List.of(deal), zone, refresh).on(deal));
        log.setId("opportunity-log");
        dialog.add(log);
        pluginTabs.addSectionsTo(dialog, new RecordRef(RecordType.OPPORTUNITY, deal.id().value()));
        dialog.open();
    }

    private String facts() {
        var d = account.details();
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        String value = account.lifetimeValue().entrySet().stream().map(e -> e.getKey() + " "
                + money.format(e.getValue()))
                .collect(Collectors.joining(", "));
        return Stream.of(d.phone(), d.website(), d.industry(), d.region(),
                        d.valueTier().map(t -> getTranslation("tier." + t)),
                        Optional.of(getTranslation("account.owner") + ": " + account.ownerName()),
                        Optional.of(value).filter(v -> !v.isEmpty()).map(v -> getTranslation("customer.lifetimeValue")
                                + ": " + v))
                .flatMap(Optional::stream).collect(Collectors.joining(" · "));
    }

    private VerticalLayout timeline(List<ContactView> people, List<OpportunityView> deals) {
        Grid<ActivityView> grid = new Grid<>();
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        // on a phone the subject column alone, with when, what and what came of it under the subject
        grid.addColumn(LitRenderer.<ActivityView>of("<div>${item.subject}</div>"
                        + "<div class=\"tacit-facts tacit-phone-only\">${item.facts}</div>")
                        .withProperty("subject", a -> a.details().subject())
                        .withProperty("facts", a -> String.join(" · ", Stream.concat(Stream.of(
                                times.format(a.details().occurredAt()),
                                getTranslation("activity.type." + a.details().type()),
                                getTranslation("activity.status." + a.details().status())),
                                a.details().outcome().stream()).toList())))
                .setHeader(getTranslation("activity.subject")).setFlexGrow(1).setWidth("12em")
                .setTooltipGenerator(a -> a.details().notes().orElse(a.details().subject()));
        List<Grid.Column<ActivityView>> wide = List.of(
                grid.addColumn(a -> times.format(a.details().occurredAt()))
                        .setHeader(getTranslation("activity.occurredAt")).setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(a -> getTranslation("activity.type." + a.details().type()))
                        .setHeader(getTranslation("activity.type")).setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(a -> getTranslation("activity.status." + a.details().status()))
                        .setHeader(getTranslation("activity.status")).setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(a -> a.details().outcome().orElse("")).setHeader(getTranslation("activity.outcome"))
                        .setFlexGrow(1),
                grid.addColumn(ActivityView::ownerName).setHeader(getTranslation("account.owner")).setAutoWidth(true)
                        .setFlexGrow(0));
        grid.addComponentColumn(a -> a.details().location().<Component>map(p -> Positions.mapLink(p, this))
                .orElseGet(Span::new)).setHeader(getTranslation("activity.location")).setAutoWidth(true)
                .setFlexGrow(0);
        PhoneColumns.hideOnPhone(grid, wide);
        grid.setId("timeline-grid");
        grid.setMinHeight("18em");
        grid.setEmptyStateText(getTranslation("customer.timeline.empty"));
        Runnable reload = () -> {
            KeysetPages<ActivityView, ActivityCursor> pages = new KeysetPages<>((cursor, limit) -> activities.list(
                    new ActivityFilter(Optional.of(account.id()), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), cursor, limit)));
            grid.setItems(q -> pages.fetch(q.getOffset(), q.getLimit()).stream());
        };
        reload.run();
        VerticalLayout layout = new VerticalLayout(new FootprintForm(activities::log, account.id(), people, deals, zone,
                reload), grid);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.expand(grid);
        return layout;
    }

    private VerticalLayout contactList(List<ContactView> people) {
        Grid<ContactView> grid = new Grid<>();
        grid.addColumn(c -> c.details().name()).setHeader(getTranslation("contact.name")).setFlexGrow(1);
        grid.addColumn(c -> c.details().title().orElse("")).setHeader(getTranslation("contact.title"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("contact.role." + c.details().decisionRole()))
                .setHeader(getTranslation("contact.role")).setAutoWidth(true);
        grid.addColumn(c -> c.details().phone().orElse("")).setHeader(getTranslation("contact.phone"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.details().email().orElse("")).setHeader(getTranslation("contact.email"))
                .setAutoWidth(true);
        grid.setItems(people);
        grid.setId("contacts-grid");
        grid.setEmptyStateText(getTranslation("customer.contacts.empty"));
        Runnable refresh = () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        // a contact is offered by the footprint and deal forms too: the page is drawn again after a change
        grid.addItemClickListener(e -> new ContactDialog(Optional.of(ContactForm.of(e.getItem().details())),
                form -> contacts.edit(e.getItem().id(), ExpectedVersion.of(e.getItem().version()),
                        current -> form.details()), refresh).open());
        Button add = new Button(getTranslation("contact.new"), VaadinIcon.PLUS.create(),
                e -> new ContactDialog(Optional.empty(), form -> contacts.add(account.id(), form.details()), refresh)
                        .open());
        add.setId("new-contact");
        VerticalLayout layout = new VerticalLayout(add, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        return layout;
    }

    private VerticalLayout opportunityList(List<ContactView> people, List<OpportunityView> deals) {
        Grid<OpportunityView> grid = OpportunityGrids.of(deals, getLocale());
        Runnable refresh = () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        grid.addItemClickListener(e -> openDeal(people, e.getItem(), refresh));
        Button add = new Button(getTranslation("opportunity.new"), VaadinIcon.PLUS.create(),
                e -> new OpportunityDialog(people, Optional.empty(), form -> opportunities.open(new NewOpportunity(
                        account.id(), form.details(), Optional.empty(), Optional.empty())), refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-opportunity");
        VerticalLayout layout = new VerticalLayout(add, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        return layout;
    }
}
