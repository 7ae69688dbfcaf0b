package io.tacitcrm.example.cadence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.ViewContribution;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** The menu's screen: the customers with the most footprints, with a link to each. */
@Extension
public class CountsView implements ViewContribution {

    static final String VIEW = "counts";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("view.title");
    }

    @Override
    public Component create(List<String> parameters, PluginContext context) {
        Texts texts = new Texts(context.locale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.locale()).withZone(context.zone());
        Grid<Counts.Row> grid = new Grid<>();
        grid.addColumn(Counts.Row::customer).setHeader(texts.get("view.customer")).setFlexGrow(1);
        grid.addColumn(Counts.Row::footprints).setHeader(texts.get("view.footprints")).setAutoWidth(true);
        grid.addColumn(r -> when.format(r.lastAt())).setHeader(texts.get("view.last")).setAutoWidth(true);
        grid.setItems(Counts.top(context, 50));
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(
                context.links().customer(e.getItem().customerId()))));
        VerticalLayout layout = new VerticalLayout(new H2(texts.get("view.title")), grid);
        layout.setSizeFull();
        return layout;
    }
}
