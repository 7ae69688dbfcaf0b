package io.tacitcrm.misbehaving;

import io.tacitcrm.api.CrmModule;
import io.tacitcrm.api.MenuEntry;
import io.tacitcrm.api.ModulePermission;
import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.api.PluginContext;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

@Extension
public class MisbehavingModule implements CrmModule {

    @Override
    public String id() {
        return "misbehaving";
    }

    @Override
    public String name(Locale locale) {
        return "Misbehaving (tests)";
    }

    @Override
    public List<MenuEntry> menu(Locale locale) {
        return List.of(new MenuEntry("broken", "Broken view"));
    }

    /** A permission of its own for the sales reps, and one claiming another module's code (which the host drops). */
    @Override
    public List<ModulePermission> permissions(Locale locale) {
        return List.of(new ModulePermission("misbehaving.poke", "poke", List.of("sales rep")),
                new ModulePermission("knowledge.hijack", "hijack", List.of("Sales Rep")));
    }

    @Override
    public List<ModuleSetting> settings(Locale locale) {
        return List.of(ModuleSetting.integer("threshold", "Days before a customer counts as quiet", 30, 1, 365),
                ModuleSetting.choice("mode", "Mode", "calm", List.of(
                        new ModuleSetting.Choice("calm", "Calm"), new ModuleSetting.Choice("noisy", "Noisy"))),
                ModuleSetting.flag("loud", "Loud", false),
                ModuleSetting.text("motto", "Motto", "", 20).changedBy("misbehaving.poke"));
    }

    @Override
    public void onEnabled(PluginContext context) {
        note(context, "Enabled");
    }

    @Override
    public void onDisabled(PluginContext context) {
        note(context, "Disabled");
    }

    /** Notes the switch in the same table the listener writes to, so a test reads both with one call. */
    private static void note(PluginContext context, String kind) {
        context.database().inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into seen_event (tenant_id, kind) values (?, ?)")) {
                insert.setObject(1, context.tenant().id());
                insert.setString(2, kind);
                return insert.executeUpdate();
            }
        });
    }
}
