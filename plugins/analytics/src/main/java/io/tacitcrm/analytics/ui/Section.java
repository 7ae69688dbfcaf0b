package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Owners;
import java.util.List;

/** One tab of the cockpit: its figures for the chosen filters, as charts and the numbers behind them. */
interface Section {

    String CURRENCY = "CNY";

    Component render(Cockpit cockpit, Filters filters, Owners owners, PluginContext context, Texts texts);

    /** A compact grid over a computed list: it pages through the list lazily, so long lists stay light. */
    static <T> Grid<T> grid(String id, List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setItems(query -> items.stream().skip(query.getOffset()).limit(query.getLimit()));
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setWidthFull();
        if (items.size() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
        return grid;
    }
}
