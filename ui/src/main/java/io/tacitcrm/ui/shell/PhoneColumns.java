package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * A list that gives up its secondary columns on a phone: below {@link #PHONE_WIDTH} only its first column shows, whose
 * cells carry a line of facts (class {@code tacit-phone-only}) that wider screens hide.
 */
public final class PhoneColumns {

    /** Below this window width a list shows its first column alone. */
    public static final int PHONE_WIDTH = 600;

    private PhoneColumns() {
    }

    /** Hides {@code wide} while the window is narrower than a phone's, now and as it is resized. */
    public static <T> void hideOnPhone(Grid<T> grid, List<Grid.Column<T>> wide) {
        grid.addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> show(grid, wide, d.getWindowInnerWidth()));
            e.getUI().getPage().addBrowserWindowResizeListener(r -> show(grid, wide, r.getWidth()));
        });
    }

    private static <T> void show(Grid<T> grid, List<Grid.Column<T>> wide, int windowWidth) {
        boolean phone = windowWidth < PHONE_WIDTH;
        wide.forEach(c -> c.setVisible(!phone));
        grid.getElement().getClassList().set("tacit-phone", phone);
    }
}
