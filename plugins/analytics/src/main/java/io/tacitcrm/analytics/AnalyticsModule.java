package io.tacitcrm.analytics;

import io.tacitcrm.analytics.ui.CockpitView;
import io.tacitcrm.analytics.ui.PlaybookView;
import io.tacitcrm.api.CrmModule;
import io.tacitcrm.api.MenuEntry;
import io.tacitcrm.api.ModulePermission;
import io.tacitcrm.api.ModuleSetting;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** Analytics: the manager's cockpit — 20/80, pipeline and forecast, team activity and key-person risk. */
@Extension
public class AnalyticsModule implements CrmModule {

    public static final String ID = "analytics";
    /** Seeing the figures of others (one's subtree, a team, a role), not only one's own. */
    public static final String TEAM = "analytics.team";

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
        Texts texts = new Texts(locale);
        return List.of(new MenuEntry(CockpitView.VIEW, texts.get("module.menu")),
                new MenuEntry(PlaybookView.VIEW, texts.get("playbook.menu")));
    }

    @Override
    public List<ModulePermission> permissions(Locale locale) {
        return List.of(new ModulePermission(TEAM, new Texts(locale).get("permission.team"),
                List.of("Sales Manager", "销售经理")));
    }

    @Override
    public List<ModuleSetting> settings(Locale locale) {
        return AnalyticsSettings.described(locale);
    }
}
