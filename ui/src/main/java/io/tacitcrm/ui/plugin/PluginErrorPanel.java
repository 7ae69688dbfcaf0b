package io.tacitcrm.ui.plugin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Shown in place of a plugin's view or panel that failed or took too long: the page around it works on. */
public class PluginErrorPanel extends Div {

    public PluginErrorPanel(String pluginId, boolean timedOut) {
        addClassName("tacit-plugin-error");
        setId("plugin-error-" + pluginId);
        add(VaadinIcon.WARNING.create(), new Span(getTranslation(timedOut ? "plugin.timed-out" : "plugin.failed",
                pluginId)));
    }
}
