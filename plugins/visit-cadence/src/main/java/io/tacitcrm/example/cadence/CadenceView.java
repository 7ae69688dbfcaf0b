package io.tacitcrm.example.cadence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.ViewContribution;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The menu's screen: per rep, how many of their customers are overdue for a visit; below, the overdue customers
 * themselves, never visited first. Picking a rep narrows the list to theirs; a customer opens its page.
 */
@Extension
public class CadenceView implements ViewContribution {

    static final String VIEW = "overdue";

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
        Overdue overdue = new Overdue(context, Clock.systemUTC());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(context.locale()).withZone(context.zone());

        Grid<Overdue.Rep> reps = new Grid<>();
        reps.addColumn(Overdue.Rep::name).setHeader(texts.get("view.rep")).setFlexGrow(1);
        reps.addColumn(Overdue.Rep::overdue).setHeader(texts.get("view.overdue")).setAutoWidth(true).setFlexGrow(0);
        reps.addColumn(Overdue.Rep::customers).setHeader(texts.get("view.customers")).setAutoWidth(true)
                .setFlexGrow(0);
        reps.setItems(overdue.reps());
        reps.setAllRowsVisible(true);
        reps.setId("cadence-reps");
        reps.addThemeVariants(GridVariant.LUMO_COMPACT);

        Grid<Overdue.Customer> customers = new Grid<>();
        // two lines in one column rather than four columns: readable on a phone as on a desk
        customers.addComponentColumn(c -> {
            Span name = new Span(c.name());
            name.getStyle().set("font-weight", "600");
            Span detail = new Span(texts.get("view.detail", c.ownerName(),
                    c.lastVisitAt().map(date::format).orElse(texts.get("view.never"))));
            detail.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            Div cell = new Div(name, new Div(detail));
            cell.getStyle().set("white-space", "normal");
            return cell;
        }).setHeader(texts.get("view.customer")).setFlexGrow(1);
        customers.addColumn(c -> c.daysSince().map(String::valueOf).orElse("—"))
                .setHeader(texts.get("view.days")).setAutoWidth(true).setFlexGrow(0);
        customers.setItems(overdue.customers(Optional.empty(), 200));
        customers.setId("cadence-customers");
        customers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        customers.addItemClickListener(e -> customers.getUI().ifPresent(ui ->
                ui.navigate(context.links().customer(e.getItem().customerId()))));
        reps.addSelectionListener(e -> customers.setItems(overdue.customers(
                e.getFirstSelectedItem().map(Overdue.Rep::ownerId), 200)));

        VerticalLayout layout = new VerticalLayout(new H2(texts.get("view.title")),
                new Paragraph(texts.get("view.rule", overdue.rule().overdueDays())), reps,
                new H3(texts.get("view.list")), customers);
        layout.setSizeFull();
        layout.setFlexGrow(1, customers);
        return layout;
    }
}
