package io.tacitcrm.api.ui;

import com.vaadin.flow.component.Component;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.Stable;
import java.util.List;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * A screen of your plugin, shown inside the application's layout at {@code /x/<plugin id>/<view>[/<parameter>…]}.
 *
 * <p>Build it from Vaadin's standard components only (the application's pre-built front end has no others): layouts,
 * Grid, TextField, TextArea, ComboBox, Button, Tabs, Dialog, Html, Div, Span and the like. The host calls
 * {@link #create} with a time limit; if it throws or takes too long, the page shows an error panel in its place.
 */
@Stable(since = "0.1")
public interface ViewContribution extends ExtensionPoint {

    /** The view's path segment: lower-case letters, digits, '-'. */
    String view();

    /** The browser tab's title. */
    String title(Locale locale);

    /** Builds the view; {@code parameters} are the path segments after the view's own. */
    Component create(List<String> parameters, PluginContext context);
}
