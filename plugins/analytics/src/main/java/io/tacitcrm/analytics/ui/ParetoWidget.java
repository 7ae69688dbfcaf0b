package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.Cockpit.Dimension;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.Pareto;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.ui.Chart;
import java.time.Clock;
import java.util.List;
import org.pf4j.Extension;

/** A home-page card for managers: the last twelve months' reps by won revenue, and the share the top brings. */
@Extension
public class ParetoWidget extends TeamCard {

    private static final int BARS = 8;

    public ParetoWidget() {
        super("pareto", "widget.pareto.title");
    }

    @Override
    public Component create(PluginContext context) {
        Texts texts = new Texts(context.locale());
        Formats formats = new Formats(context.locale());
        Cockpit cockpit = new Cockpit(context, Clock.systemUTC());
        Pareto reps = cockpit.revenue(Dimension.REPS, DateRange.last(365, cockpit.today()), Owners.visible(),
                Section.CURRENCY);
        Anchor open = new Anchor(context.viewPath(CockpitView.VIEW, "pareto"), texts.get("widget.pareto.open"));
        if (reps.items().isEmpty()) {
            return new Div(new Span(texts.get("pareto.none")), new Div(open));
        }
        Span summary = new Span(texts.get("pareto.summary", reps.topCount(), reps.items().size(),
                cockpit.settings().topPercent(), formats.percent(reps.topShare()), formats.amount(reps.total()),
                formats.amount(reps.topAmount())));
        List<Pareto.Item> shown = reps.items().stream().limit(BARS).toList();
        Chart chart = Chart.bar(texts.get("widget.pareto.title"), shown.stream()
                .map(i -> i.name().orElse("?")).toList(), List.of(new Chart.Series(texts.get("pareto.series.value"),
                shown.stream().map(Pareto.Item::value).toList())));
        chart.setId("analytics-pareto-widget-chart");
        return new Div(new Div(summary), chart.height("12rem"), open);
    }
}
