package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.Cockpit.Dimension;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.Pareto;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.ui.Chart;
import java.util.List;

/** 20/80: who brings the won revenue, the top marked; quiet top customers; top reps' single-threaded customers. */
final class ParetoSection implements Section {

    private static final int CHART_ITEMS = 20;

    @Override
    public Component render(Cockpit cockpit, Filters filters, Owners owners, PluginContext context, Texts texts) {
        Formats formats = new Formats(context.locale());
        Cockpit.ParetoReport report = cockpit.pareto(filters.dimension(), new DateRange(filters.from(),
                filters.to()), owners, CURRENCY);
        Pareto pareto = report.pareto();
        Div section = new Div();
        if (pareto.items().isEmpty()) {
            section.add(new Paragraph(texts.get("pareto.none")));
            return section;
        }
        Paragraph summary = new Paragraph(texts.get("pareto.summary", pareto.topCount(), pareto.items().size(),
                cockpit.settings().topPercent(), formats.percent(pareto.topShare()), formats.amount(pareto.total()),
                formats.amount(pareto.topAmount())));
        summary.setId("pareto-summary");
        List<Pareto.Item> shown = pareto.items().stream().limit(CHART_ITEMS).toList();
        // the running share is a percentage: it stays in the table, not on the amounts' axis
        Chart chart = Chart.bar(texts.get("pareto.chart"), shown.stream().map(i -> label(i, texts)).toList(),
                List.of(new Chart.Series(texts.get("pareto.series.value"), shown.stream().map(Pareto.Item::value)
                        .toList())));
        chart.setId("pareto-chart");
        section.add(summary, chart, items("pareto-items", pareto.items(), texts, formats, context));
        if (filters.dimension() == Dimension.CUSTOMERS) {
            section.add(new H3(texts.get("pareto.quiet", cockpit.settings().quietDays())),
                    listed("pareto-quiet", report.quiet(), texts, formats, context));
        }
        section.add(new H3(texts.get("pareto.single")),
                listed("pareto-single", report.singleThreaded(), texts, formats, context));
        return section;
    }

    private static Component listed(String id, List<Pareto.Item> items, Texts texts, Formats formats,
                                    PluginContext context) {
        return items.isEmpty() ? new Paragraph(texts.get("pareto.none-listed"))
                : items(id, items, texts, formats, context);
    }

    private static Grid<Pareto.Item> items(String id, List<Pareto.Item> items, Texts texts, Formats formats,
                                           PluginContext context) {
        Grid<Pareto.Item> grid = Section.grid(id, items);
        grid.addColumn(i -> label(i, texts)).setHeader(texts.get("col.name")).setFlexGrow(1);
        grid.addColumn(i -> formats.amount(i.value())).setHeader(texts.get("col.value")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> formats.percent(i.share())).setHeader(texts.get("col.share")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> formats.percent(i.cumulativeShare())).setHeader(texts.get("col.cumulative"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> i.top() ? badge(texts.get("top.yes")) : new Span())
                .setHeader(texts.get("col.top")).setAutoWidth(true).setFlexGrow(0);
        // a customer the user may open leads to its page; a rep's line (id = owner) stays put
        grid.addItemClickListener(e -> {
            Pareto.Item item = e.getItem();
            if (!item.id().equals(item.ownerId()) && item.name().isPresent()) {
                grid.getUI().ifPresent(ui -> ui.navigate(context.links().customer(item.id())));
            }
        });
        return grid;
    }

    private static String label(Pareto.Item item, Texts texts) {
        return item.name().orElse(texts.get("hidden.customer"));
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge success small");
        return badge;
    }
}
