package io.tacitcrm.example.cadence;

import io.tacitcrm.api.CrmModule;
import io.tacitcrm.api.MenuEntry;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** The module as the host sees it: its id (equal to plugin.id), its name and its menu entry. */
@Extension
public class PluginModule implements CrmModule {

    public static final String ID = "visit-cadence";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return new Texts(locale).get("module.name");
    }

    @Override
    public String description(Locale locale) {
        return new Texts(locale).get("module.description");
    }

    @Override
    public List<MenuEntry> menu(Locale locale) {
        return List.of(new MenuEntry(CountsView.VIEW, new Texts(locale).get("module.menu")));
    }
}
