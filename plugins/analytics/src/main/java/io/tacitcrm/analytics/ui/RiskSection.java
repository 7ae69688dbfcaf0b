package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.KeyPersonRisk;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.ui.Chart;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Key-person risk: each rep's shares, their fragile top customers, and alerts with the action one click away. */
final class RiskSection implements Section {

    /** The reps with the largest shares that the chart shows; the table lists everyone. */
    private static final int CHART_REPS = 15;

    @Override
    public Component render(Cockpit cockpit, Filters filters, Owners owners, PluginContext context, Texts texts) {
        Formats formats = new Formats(context.locale());
        KeyPersonRisk risk = cockpit.risk(new DateRange(filters.from(), filters.to()), owners, CURRENCY);
        Paragraph threshold = new Paragraph(texts.get("risk.threshold", formats.percent(risk.threshold())));
        List<KeyPersonRisk.Rep> shown = risk.reps().stream().limit(CHART_REPS).toList();
        Chart chart = Chart.bar(texts.get("risk.chart"), shown.stream().map(KeyPersonRisk.Rep::name).toList(),
                List.of(series(texts.get("col.won-share"), shown, KeyPersonRisk.Rep::wonShare),
                        series(texts.get("col.pipeline-share"), shown, KeyPersonRisk.Rep::pipelineShare),
                        series(texts.get("col.top-share"), shown, KeyPersonRisk.Rep::topCustomerShare)));
        chart.setId("risk-chart");
        Grid<KeyPersonRisk.Rep> grid = Section.grid("risk-reps", risk.reps());
        // the alerts, with their action, right after the name: on a phone both fit the screen and the shares are
        // a sideways scroll away (as the last of seven columns the alerts were cut off at the screen's edge)
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(KeyPersonRisk.Rep::name).setHeader(texts.get("col.name")).setWidth("8em").setFlexGrow(0);
        grid.addComponentColumn(r -> alerts(r, context, texts, formats)).setHeader(texts.get("col.alerts"))
                .setWidth("14em").setFlexGrow(1);
        grid.addColumn(r -> formats.percent(r.wonShare())).setHeader(texts.get("col.won-share")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> formats.percent(r.pipelineShare())).setHeader(texts.get("col.pipeline-share"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> formats.percent(r.topCustomerShare())).setHeader(texts.get("col.top-share"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(KeyPersonRisk.Rep::singleThreaded).setHeader(texts.get("col.single")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(KeyPersonRisk.Rep::untouched).setHeader(texts.get("col.untouched")).setAutoWidth(true)
                .setFlexGrow(0);
        boolean any = risk.reps().stream().anyMatch(r -> !r.alerts().isEmpty());
        Div section = new Div(threshold, chart, grid);
        if (!any) {
            section.addComponentAtIndex(1, new Paragraph(texts.get("risk.none", formats.percent(risk.threshold()))));
        }
        return section;
    }

    /** One share per rep, in percent with one decimal (the axis reads percent). */
    private static Chart.Series series(String name, List<KeyPersonRisk.Rep> reps,
                                       ToDoubleFunction<KeyPersonRisk.Rep> share) {
        return new Chart.Series(name, reps.stream().map(r -> (Number) (Math.round(share.applyAsDouble(r) * 1000)
                / 10.0)).toList());
    }

    private static Component alerts(KeyPersonRisk.Rep rep, PluginContext context, Texts texts, Formats formats) {
        Div cell = new Div();
        cell.getStyle().set("white-space", "normal");
        for (KeyPersonRisk.Alert alert : rep.alerts()) {
            Span what = new Span(texts.get("risk.kind." + alert.kind().name().toLowerCase(Locale.ROOT),
                    formats.percent(alert.share())));
            what.getElement().getThemeList().add("badge error small");
            String link = alert.customerId().map(id -> context.links().customer(id))
                    .orElse(context.links().transferFrom(rep.userId()));
            // a link, not a button: it carries the wizard's query and opens in a new tab on request
            Anchor act = new Anchor(link, texts.get("risk.action." + alert.action().name().toLowerCase(Locale.ROOT)));
            act.addClassName("risk-action");
            act.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            cell.add(new Div(what, act));
        }
        return cell;
    }
}
