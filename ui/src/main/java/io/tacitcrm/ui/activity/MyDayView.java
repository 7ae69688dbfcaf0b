package io.tacitcrm.ui.activity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.service.ActivityFilter;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountSort;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.DatePickers;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One's day as a work plan: what is overdue, the day's footprints (planned and done) and the planned ones of the week
 * ahead, as cards that read on a phone. A follow-up or visit is planned from here; a planned one is marked done with
 * its outcome, or moved, in one click each.
 */
@Route(value = "my-day", layout = MainLayout.class)
@Dependent
public class MyDayView extends VerticalLayout implements HasDynamicTitle {

    /** More than a rep plans for a week; the list says so if there are more. */
    private static final int WEEK_MAX = 100;

    private final ActivityService activities;
    private final AccountService accounts;
    private final DatePicker day = DatePickers.date();
    private final Div plan = new Div();
    private final ZoneId zone;

    @Inject
    public MyDayView(ActivityService activities, AccountService accounts) {
        this.activities = activities;
        this.accounts = accounts;
        this.zone = BrowserZone.current(getLocale());
        day.setValue(LocalDate.now(zone));
        day.setId("my-day-date");
        day.addValueChangeListener(e -> load());
        Button follow = new Button(getTranslation("myday.plan"), VaadinIcon.PLUS.create(), e -> planFollowUp());
        follow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        follow.setId("plan-follow-up");
        FlexLayout toolbar = new FlexLayout(new H2(getTranslation("myday.title")), day, follow);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");
        plan.setId("my-day-plan");
        plan.setWidthFull();
        add(toolbar, plan);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myday.title") + " · Tacit CRM";
    }

    private void load() {
        plan.removeAll();
        LocalDate date = Optional.ofNullable(day.getValue()).orElse(LocalDate.now(zone));
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        boolean today = date.equals(LocalDate.now(zone));
        List<ActivityView> overdue = today ? activities.overdueFollowUps(start, WEEK_MAX).oldest() : List.of();
        List<ActivityView> ofDay = mine(start, end);
        List<ActivityView> week = mine(end, date.plusDays(8).atStartOfDay(zone).toInstant()).stream()
                .filter(a -> a.details().status() == ActivityStatus.PLANNED).toList();
        Map<AccountId, String> names = customerNames(List.of(overdue, ofDay, week));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        if (!overdue.isEmpty()) {
            plan.add(section("my-day-overdue", getTranslation("myday.overdue", overdue.size()), overdue, names,
                    dateTime));
        }
        plan.add(section("my-day-list", getTranslation(today ? "myday.today" : "myday.day"), ofDay, names, time));
        plan.add(section("my-day-week", getTranslation("myday.week"), week, names, dateTime));
    }

    /** The caller's own footprints in a period, oldest first. */
    private List<ActivityView> mine(Instant from, Instant to) {
        return activities.list(new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(from), Optional.of(to), Optional.empty(), WEEK_MAX)).items()
                .reversed();
    }

    private Component section(String id, String title, List<ActivityView> footprints, Map<AccountId, String> names,
            DateTimeFormatter when) {
        Div section = new Div(new H3(title));
        section.setId(id);
        section.addClassName("tacit-plan-section");
        if (footprints.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("myday.empty"));
            empty.addClassName("tacit-facts");
            section.add(empty);
        }
        FootprintCard.Actions actions = new FootprintCard.Actions() {
            @Override
            public void done(ActivityView footprint) {
                FootprintDialogs.done(footprint.details().subject(), form -> activities.complete(footprint.id(),
                        form.outcome(), form.where(), ExpectedVersion.of(footprint.version())), MyDayView.this::load)
                        .open();
            }

            @Override
            public void reschedule(ActivityView footprint) {
                FootprintDialogs.reschedule(footprint.details().subject(), footprint.details().occurredAt()
                        .atZone(zone).toLocalDateTime(), zone, form -> activities.reschedule(footprint.id(),
                        form.occurredAt().atZone(zone).toInstant(), zone, ExpectedVersion.of(footprint.version())),
                        MyDayView.this::load).open();
            }
        };
        footprints.forEach(f -> section.add(new FootprintCard(f, names.getOrDefault(f.links().account(), "—"), when,
                actions)));
        return section;
    }

    /** The names of the customers these footprints were left at, those the caller may still read. */
    private Map<AccountId, String> customerNames(List<List<ActivityView>> lists) {
        var ids = lists.stream().flatMap(List::stream).map(a -> a.links().account()).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : accounts.findAll(ids).stream()
                .collect(Collectors.toMap(AccountView::id, a -> a.details().name()));
    }

    /** The customer is picked from the first page of a name search: typing narrows it (keyset pages, no offsets). */
    private void planFollowUp() {
        new FollowUpDialog(query -> query.getOffset() > 0 ? Stream.empty()
                : accounts.list(new AccountQuery(query.getFilter().filter(t -> !t.isBlank()), Optional.empty(),
                        AccountSort.NAME, Optional.empty(), PageLimit.of(query.getLimit()))).items().stream(),
                zone, form -> activities.log(form.planned(zone)), this::load).open();
    }
}
