package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.Forecast;
import io.tacitcrm.analytics.ForecastPeriod;
import io.tacitcrm.analytics.PipelineReport;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.api.ui.Chart;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The open pipeline by stage with conversion and time in stage, and the chosen period's forecast per rep and role. */
final class PipelineSection implements Section {

    @Override
    public Component render(Cockpit cockpit, Filters filters, Owners owners, PluginContext context, Texts texts) {
        Formats formats = new Formats(context.locale());
        PipelineReport pipeline = cockpit.pipeline(owners, Optional.empty(), Optional.empty(),
                new DateRange(filters.from(), filters.to()), CURRENCY);
        List<PipelineReport.Row> open = pipeline.stages().stream().filter(s -> s.outcome() == Outcome.OPEN).toList();
        Paragraph summary = new Paragraph(texts.get("pipeline.summary", pipeline.deals(),
                formats.amount(pipeline.amount()), formats.amount(pipeline.weighted())));
        summary.setId("pipeline-summary");
        Chart chart = Chart.bar(texts.get("pipeline.chart"), open.stream().map(PipelineReport.Row::name).toList(),
                List.of(new Chart.Series(texts.get("col.amount"), open.stream().map(PipelineReport.Row::amount)
                        .toList()), new Chart.Series(texts.get("col.weighted"), open.stream()
                        .map(PipelineReport.Row::weighted).toList())));
        chart.setId("pipeline-chart");
        Grid<PipelineReport.Row> stages = Section.grid("pipeline-stages", pipeline.stages());
        stages.addColumn(PipelineReport.Row::name).setHeader(texts.get("col.stage")).setFlexGrow(1);
        stages.addColumn(r -> r.probability() + "%").setHeader(texts.get("col.probability")).setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(PipelineReport.Row::deals).setHeader(texts.get("col.deals")).setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(r -> formats.amount(r.amount())).setHeader(texts.get("col.amount")).setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(r -> formats.amount(r.weighted())).setHeader(texts.get("col.weighted")).setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(PipelineReport.Row::entered).setHeader(texts.get("col.entered")).setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(r -> formats.percent(r.conversion())).setHeader(texts.get("col.conversion"))
                .setAutoWidth(true).setFlexGrow(0);
        stages.addColumn(r -> formats.days(r.medianDays())).setHeader(texts.get("col.median-days"))
                .setAutoWidth(true).setFlexGrow(0);
        return new Div(summary, chart, stages, forecast(cockpit, filters, owners, texts, formats));
    }

    private static Component forecast(Cockpit cockpit, Filters filters, Owners owners, Texts texts,
                                      Formats formats) {
        ForecastPeriod period = ForecastPeriod.parse(filters.period());
        Forecast forecast = cockpit.forecast(period, owners, CURRENCY);
        List<Forecast.RepLine> reps = forecast.reps();
        Chart chart = Chart.bar(texts.get("forecast.chart", period), reps.stream().map(Forecast.RepLine::name)
                .toList(), List.of(series(texts.get("col.committed"), reps, Forecast.Line::committed),
                series(texts.get("col.weighted-open"), reps, Forecast.Line::weightedOpen),
                series(texts.get("col.best-case"), reps, Forecast.Line::bestCase),
                series(texts.get("col.target"), reps, l -> l.target().orElse(BigDecimal.ZERO))));
        chart.setId("forecast-chart");
        Grid<Forecast.RepLine> grid = Section.grid("forecast-reps", reps);
        grid.addColumn(Forecast.RepLine::name).setHeader(texts.get("col.name")).setFlexGrow(1);
        lineColumns(grid, Forecast.RepLine::line, texts, formats);
        Grid<Forecast.RoleLine> roles = Section.grid("forecast-roles", forecast.roles());
        roles.addColumn(Forecast.RoleLine::name).setHeader(texts.get("col.role")).setFlexGrow(1);
        lineColumns(roles, Forecast.RoleLine::line, texts, formats);
        return new Div(new H3(texts.get("forecast.chart", period)), chart, grid, roles);
    }

    private static Chart.Series series(String name, List<Forecast.RepLine> reps,
                                       Function<Forecast.Line, BigDecimal> value) {
        return new Chart.Series(name, reps.stream().map(r -> value.apply(r.line())).toList());
    }

    private static <T> void lineColumns(Grid<T> grid, Function<T, Forecast.Line> line,
                                        Texts texts, Formats formats) {
        grid.addColumn(t -> formats.amount(line.apply(t).committed())).setHeader(texts.get("col.committed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> formats.amount(line.apply(t).weightedOpen())).setHeader(texts.get("col.weighted-open"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> formats.amount(line.apply(t).bestCase())).setHeader(texts.get("col.best-case"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> formats.amount(line.apply(t).target())).setHeader(texts.get("col.target"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> formats.percent(line.apply(t).attainment())).setHeader(texts.get("col.attainment"))
                .setAutoWidth(true).setFlexGrow(0);
    }
}
