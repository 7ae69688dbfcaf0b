package io.tacitcrm.example.cadence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.Chart;
import io.tacitcrm.api.ui.DashboardWidget;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** A home-page card: the reps with the most customers overdue for a visit, as bars, and the way to the list. */
@Extension
public class OverdueWidget implements DashboardWidget {

    @Override
    public String id() {
        return "overdue";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("widget.title");
    }

    @Override
    public Component create(PluginContext context) {
        Texts texts = new Texts(context.locale());
        Overdue overdue = new Overdue(context, Clock.systemUTC());
        List<Overdue.Rep> reps = overdue.reps().stream().filter(r -> r.overdue() > 0).limit(6).toList();
        Anchor all = new Anchor(context.viewPath(CadenceView.VIEW), texts.get("widget.open"));
        if (reps.isEmpty()) {
            return new Div(new Span(texts.get("widget.none", overdue.rule().overdueDays())), new Div(all));
        }
        Chart chart = Chart.bar(texts.get("widget.title"), reps.stream().map(Overdue.Rep::name).toList(),
                List.of(new Chart.Series(texts.get("view.overdue"), reps.stream().map(Overdue.Rep::overdue).toList()),
                        new Chart.Series(texts.get("view.customers"), reps.stream().map(Overdue.Rep::customers)
                                .toList())));
        chart.setId("cadence-widget-chart");
        return new Div(chart.height("12rem"), all);
    }
}
