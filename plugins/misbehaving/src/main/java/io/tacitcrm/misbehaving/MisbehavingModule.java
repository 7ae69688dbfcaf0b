package io.tacitcrm.misbehaving;

import io.tacitcrm.api.CrmModule;
import io.tacitcrm.api.MenuEntry;
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
