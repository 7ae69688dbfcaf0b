package io.tacitcrm.api.ui;

import com.vaadin.flow.component.Component;
import io.tacitcrm.api.Beta;
import io.tacitcrm.api.CurrentUser;
import io.tacitcrm.api.PluginContext;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * A card on the home page every user lands on after signing in. The host lays the cards out in a responsive grid (a
 * phone shows one column), in the order the user chose, and leaves out those the user hid or may not see. Build the
 * content from Vaadin's standard components and {@link Chart}; the host calls {@link #create} with the time limit and
 * shows an error card in its place if it throws or takes too long.
 */
@Beta
public interface DashboardWidget extends ExtensionPoint {

    /** How much of the row a card takes on a wide screen. */
    enum Size { SMALL, MEDIUM, LARGE }

    /** The card's id, unique in your plugin: lower-case letters, digits, '-'. Users' layouts store it. */
    String id();

    /** The card's heading. */
    String title(Locale locale);

    default Size size() {
        return Size.MEDIUM;
    }

    /** Whether the user may have the card at all (e.g. only holders of one of your permissions). */
    default boolean visibleTo(CurrentUser user) {
        return true;
    }

    /** The card's content for the signed-in user, with that user's visibility applied by the readers. */
    Component create(PluginContext context);
}
