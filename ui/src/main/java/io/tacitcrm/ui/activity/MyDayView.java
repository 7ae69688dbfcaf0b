package io.tacitcrm.ui.activity;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.activity.service.ActivityFilter;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.ui.customer.CustomerView;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** One's own day: planned and done footprints of a date, in time order; a click opens the customer. */
@Route(value = "my-day", layout = MainLayout.class)
@Dependent
public class MyDayView extends VerticalLayout implements HasDynamicTitle {

    private final ActivityService activities;
    private final Grid<ActivityView> grid = new Grid<>();
    private final DatePicker day = new DatePicker();
    private final ZoneId zone;

    @Inject
    public MyDayView(ActivityService activities) {
        this.activities = activities;
        this.zone = BrowserZone.current(getLocale());
        setSizeFull();
        day.setValue(LocalDate.now(zone));
        day.setId("my-day-date");
        day.addValueChangeListener(e -> load());
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("myday.title")), day);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        grid.addColumn(a -> times.format(a.details().occurredAt())).setHeader(getTranslation("activity.occurredAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation("activity.status." + a.details().status()))
                .setHeader(getTranslation("activity.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation("activity.type." + a.details().type()))
                .setHeader(getTranslation("activity.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.details().subject()).setHeader(getTranslation("activity.subject")).setFlexGrow(1);
        grid.addColumn(a -> a.details().outcome().orElse("")).setHeader(getTranslation("activity.outcome"))
                .setFlexGrow(1);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CustomerView.class, e.getItem().links()
                .account().toString())));
        grid.setEmptyStateText(getTranslation("myday.empty"));
        grid.setId("my-day-grid");
        add(toolbar, grid);
        expand(grid);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myday.title") + " · Tacit CRM";
    }

    private void load() {
        LocalDate date = Optional.ofNullable(day.getValue()).orElse(LocalDate.now(zone));
        var page = activities.list(new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(date.atStartOfDay(zone).toInstant()), Optional.of(date.plusDays(1).atStartOfDay(zone)
                        .toInstant()), Optional.empty(), PageLimit.MAX));
        grid.setItems(page.items().reversed());
    }
}
