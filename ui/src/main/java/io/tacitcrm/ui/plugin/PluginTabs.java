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
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.details.Details;
import java.util.HashMap;
import java.util.List;
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
        for (EnabledExtension<RecordPanel> panel : panelsFor(record)) {
            String plugin = panel.pluginId();
            String label = label(panel);
            Div holder = new Div();
            holder.setSizeFull();
            holder.addClassName("tacit-plugin-panel");
            Tab tab = tabs.add(label, holder);
            tab.setId("plugin-tab-" + plugin + "-" + pending.size());
            pending.put(tab, () -> {
                Component content = components.build(plugin, "panel " + label, c -> panel.extension().create(record,
                        c));
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

    /** The same panels as collapsed sections (for dialogs such as the opportunity's), each built when first opened. */
    public void addSectionsTo(HasComponents container, RecordRef record) {
        for (EnabledExtension<RecordPanel> panel : panelsFor(record)) {
            Details section = new Details(label(panel));
            section.setId("plugin-section-" + panel.pluginId());
            section.setWidthFull();
            section.addOpenedChangeListener(e -> {
                if (e.isOpened() && section.getContent().findAny().isEmpty()) {
                    section.add(components.build(panel.pluginId(), "panel " + section.getSummaryText(),
                            c -> panel.extension().create(record, c)));
                }
            });
            container.add(section);
        }
    }

    private List<EnabledExtension<RecordPanel>> panelsFor(RecordRef record) {
        return enablement.extensions(RecordPanel.class).stream()
                .filter(p -> components.call(p.pluginId(), "panel scope", c -> p.extension().appliesTo(record.type()))
                        .orElse(false))
                .toList();
    }

    private String label(EnabledExtension<RecordPanel> panel) {
        return components.call(panel.pluginId(), "panel title", c -> panel.extension().title(c.locale()))
                .orElse(panel.pluginId());
    }
}
