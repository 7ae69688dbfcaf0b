package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.Forecast;
import io.tacitcrm.analytics.ForecastPeriod;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.CurrentUser;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.Chart;
import io.tacitcrm.api.ui.DashboardWidget;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/** A home-page card for everyone: this month's committed, weighted open and best case against the target. */
@Extension
public class ForecastWidget implements DashboardWidget {

    @Override
    public String id() {
        return "forecast";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("widget.forecast.title");
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return true;
    }

    @Override
    public Component create(PluginContext context) {
        Texts texts = new Texts(context.locale());
        Cockpit cockpit = new Cockpit(context, Clock.systemUTC());
        ForecastPeriod month = ForecastPeriod.monthOf(cockpit.today());
        Forecast forecast = cockpit.forecast(month, cockpit.owners(Optional.empty(), Optional.empty(),
                Optional.empty()), Section.CURRENCY);
        // one's own target for a rep, the sum of the reps' targets for a manager
        BigDecimal target = forecast.reps().stream().map(r -> r.line().target().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Forecast.Line total = forecast.total();
        Chart chart = Chart.bar(texts.get("forecast.chart", month), List.of(texts.get("col.committed"),
                texts.get("col.weighted-open"), texts.get("col.best-case"), texts.get("col.target")),
                List.of(new Chart.Series(texts.get("forecast.total"), List.of(total.committed(),
                        total.weightedOpen(), total.bestCase(), target))));
        chart.setId("analytics-forecast-widget-chart");
        return new Div(chart.height("12rem"), new Anchor(context.viewPath(CockpitView.VIEW, "pipeline"),
                texts.get("widget.forecast.open")));
    }
}
