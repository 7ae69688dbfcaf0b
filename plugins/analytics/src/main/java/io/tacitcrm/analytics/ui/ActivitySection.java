package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.TeamActivity;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.ui.Chart;
import java.util.List;
import java.util.stream.Collectors;

/** Team activity: footprints done and planned per person or group, customers touched, daily-report compliance. */
final class ActivitySection implements Section {

    private static final int CHART_LINES = 25;

    @Override
    public Component render(Cockpit cockpit, Filters filters, Owners owners, PluginContext context, Texts texts) {
        Formats formats = new Formats(context.locale());
        TeamActivity activity = cockpit.activity(new DateRange(filters.from(), filters.to()), filters.groupBy(),
                owners, CURRENCY);
        List<TeamActivity.Line> shown = activity.lines().stream().limit(CHART_LINES).toList();
        Chart chart = Chart.bar(texts.get("activity.chart"), shown.stream().map(TeamActivity.Line::name).toList(),
                List.of(new Chart.Series(texts.get("col.done"), shown.stream().map(TeamActivity.Line::done).toList()),
                        new Chart.Series(texts.get("col.planned"), shown.stream().map(TeamActivity.Line::planned)
                                .toList())));
        chart.setId("activity-chart");
        Grid<TeamActivity.Line> grid = Section.grid("activity-lines", activity.lines());
        grid.addComponentColumn(l -> {
            Span name = new Span(l.name());
            if (l.top()) {
                Span badge = new Span(texts.get("top.yes"));
                badge.getElement().getThemeList().add("badge success small");
                badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                return new Span(name, badge);
            }
            return name;
        }).setHeader(texts.get("col.name")).setFlexGrow(1);
        grid.addColumn(TeamActivity.Line::done).setHeader(texts.get("col.done")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TeamActivity.Line::planned).setHeader(texts.get("col.planned")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.byType().entrySet().stream().map(e -> context.labels().activityType(e.getKey())
                + " " + e.getValue().done()).collect(Collectors.joining(" · "))).setHeader(texts.get("col.by-type"))
                .setFlexGrow(1);
        grid.addColumn(TeamActivity.Line::customersTouched).setHeader(texts.get("col.touched")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.reportsDue().map(due -> l.reportsSubmitted().orElse(0) + " / " + due).orElse("—"))
                .setHeader(texts.get("col.reports")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> formats.percent(l.compliance())).setHeader(texts.get("col.compliance"))
                .setAutoWidth(true).setFlexGrow(0);
        return new Div(chart, grid);
    }
}
