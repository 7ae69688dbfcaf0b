package io.tacitcrm.example.cadence;

import io.tacitcrm.api.CrmModule;
import io.tacitcrm.api.MenuEntry;
import io.tacitcrm.api.ModulePermission;
import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.api.PluginContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * Visit cadence: which customers have gone too long without a visit, per rep. The company sets how long is too long;
 * switching the module on backfills it from the CRM.
 */
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
        return List.of(new MenuEntry(CadenceView.VIEW, new Texts(locale).get("module.menu")));
    }

    /** Seeing every rep's overdue trend, not only one's own; by default the sales managers' (and those above). */
    @Override
    public List<ModulePermission> permissions(Locale locale) {
        return List.of(new ModulePermission(Trend.TEAM, new Texts(locale).get("permission.team"),
                List.of("Sales Manager", "销售经理")));
    }

    @Override
    public List<ModuleSetting> settings(Locale locale) {
        return Settings.described(locale);
    }

    @Override
    public void onEnabled(PluginContext context) {
        int customers = Backfill.all(context, Instant.now());
        context.log().log(System.Logger.Level.INFO, "backfilled " + customers + " customers");
    }
}
