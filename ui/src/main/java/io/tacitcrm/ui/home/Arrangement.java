package io.tacitcrm.ui.home;

import java.util.List;
import java.util.Set;

/** The cards in the order the user put them, and those they hid; the layout form's one field. */
public record Arrangement(List<String> order, Set<String> hidden) {

    public Arrangement {
        order = List.copyOf(order);
        hidden = Set.copyOf(hidden);
    }
}
