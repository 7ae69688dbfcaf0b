package io.tacitcrm.ui.plugin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.ui.RecordPanel;
import io.tacitcrm.plugin.service.EnabledExtension;
import io.tacitcrm.plugin.service.PluginEnablement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds the record panels of the workspace's enabled plugins to a record page's tabs. A panel is built only when its tab
 * is first opened, so a slow plugin never delays the page itself.
 */
@ApplicationScoped
public class PluginTabs {

    @Inject
    PluginEnablement enablement;
    @Inject
    PluginComponents components;

    public void addTo(TabSheet tabs, RecordRef record) {
        Map<Tab, Runnable> pending = new HashMap<>();
        for (EnabledExtension<RecordPanel> panel : enablement.extensions(RecordPanel.class)) {
            String plugin = panel.pluginId();
            if (!components.call(plugin, "panel scope", c -> panel.extension().appliesTo(record.type())).orElse(false)) {
                continue;
            }
            String label = components.call(plugin, "panel title", c -> panel.extension().title(c.locale())).orElse(plugin);
            Div holder = new Div();
            holder.setSizeFull();
            holder.addClassName("tacit-plugin-panel");
            Tab tab = tabs.add(label, holder);
            tab.setId("plugin-tab-" + plugin + "-" + pending.size());
            pending.put(tab, () -> {
                Component content = components.build(plugin, "panel " + label, c -> panel.extension().create(record, c));
                holder.add(content);
            });
        }
        tabs.addSelectedChangeListener(e -> {
            Runnable build = pending.remove(e.getSelectedTab());
            if (build != null) {
                build.run();
            }
        });
    }
}
