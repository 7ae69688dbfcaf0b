package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.grid.Grid;
import io.tacitcrm.sales.service.OpportunityView;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The opportunity columns a customer page shows. */
final class OpportunityGrids {

    private OpportunityGrids() {
    }

    static Grid<OpportunityView> of(List<OpportunityView> items, Locale locale) {
        Grid<OpportunityView> grid = new Grid<>();
        NumberFormat money = NumberFormat.getNumberInstance(locale);
        grid.addColumn(o -> o.details().name()).setHeader(grid.getTranslation("opportunity.name")).setFlexGrow(1)
                .setWidth("16em").setTooltipGenerator(o -> o.details().name());
        grid.addColumn(OpportunityView::stageName).setHeader(grid.getTranslation("opportunity.stage"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.details().amount().map(a -> o.details().currency() + " " + money.format(a)).orElse(""))
                .setHeader(grid.getTranslation("opportunity.amount")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.details().closeDate().map(Object::toString).orElse(""))
                .setHeader(grid.getTranslation("opportunity.closeDate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OpportunityView::ownerName).setHeader(grid.getTranslation("account.owner")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(items);
        grid.setId("opportunities-grid");
        grid.setEmptyStateText(grid.getTranslation("customer.opportunities.empty"));
        return grid;
    }
}
