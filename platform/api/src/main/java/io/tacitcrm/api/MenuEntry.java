package io.tacitcrm.api;

import java.util.Objects;

/**
 * One entry of the main menu.
 *
 * @param view  the {@link io.tacitcrm.api.ui.ViewContribution#view() view} it opens
 * @param label the entry's text, already in the user's language
 */
@Stable(since = "0.1")
public record MenuEntry(String view, String label) {

    public MenuEntry {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(label, "label");
    }
}
