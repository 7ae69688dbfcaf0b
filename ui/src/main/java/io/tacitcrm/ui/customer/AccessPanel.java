package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.tacitcrm.access.domain.AccessGrant;
import io.tacitcrm.access.domain.RecordShare;
import io.tacitcrm.access.service.UserAccess;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * "Who can see this customer, and why": every user with access, their level and each reason (owner, manager of the
 * owner's role with the role path, org-wide default, a share). Loaded when opened, so the dialog stays quick.
 */
class AccessPanel extends Composite<Details> {

    AccessPanel(Supplier<List<UserAccess>> whoCanAccess) {
        Details details = getContent();
        details.setSummaryText(getTranslation("access.title"));
        details.setId("account-access");
        details.setWidthFull();
        Grid<UserAccess> grid = new Grid<>();
        grid.addColumn(UserAccess::name).setHeader(getTranslation("access.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation("access.level." + a.level().name()))
                .setHeader(getTranslation("access.level"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> reasons(a.grants())).setHeader(getTranslation("access.why")).setFlexGrow(1)
                .setTooltipGenerator(a -> reasons(a.grants()));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("account-access-grid");
        details.add(grid);
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                grid.setItems(whoCanAccess.get());
            }
        });
    }

    private String reasons(List<AccessGrant> grants) {
        return grants.stream().map(g -> getTranslation("access.cause." + g.cause().name())
                        + (g.detail().isBlank() ? "" : " (" + detail(g.detail()) + ")"))
                .collect(Collectors.joining("; "));
    }

    /**
     * The team role a transfer gives the previous owner ("陈静 (Previous owner)") is a constant; read in the user's
     * language.
     */
    private String detail(String detail) {
        String stored = "(" + RecordShare.PREVIOUS_OWNER + ")";
        return detail.endsWith(stored)
                ? detail.substring(0, detail.length() - stored.length()) + "("
                        + getTranslation("team.role.previous-owner") + ")"
                : detail;
    }
}
