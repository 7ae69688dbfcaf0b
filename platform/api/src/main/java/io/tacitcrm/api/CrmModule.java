package io.tacitcrm.api;

import java.util.List;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * The one extension every plugin provides: who it is and where it appears in the menu. Annotate your implementation
 * with {@code @org.pf4j.Extension}.
 *
 * <p>The host starts your plugin, then runs the Flyway migrations found in your plugin under {@link #migrations()} into
 * the database schema {@code plugin_<id>} (history table {@code flyway_history} in that schema), and then checks that
 * every table there has a {@code tenant_id} column and forced row-level security. A plugin whose tables fail the check
 * is refused: it is stopped again and nothing of it is served.
 */
@Stable(since = "0.1")
public interface CrmModule extends ExtensionPoint {

    /** The plugin id, equal to {@code plugin.id} in {@code plugin.properties}: lower-case letters, digits, '-'. */
    String id();

    /** The module's name as tenant administrators see it on the plugins page. */
    String name(Locale locale);

    /** One sentence on what the module does, for the plugins page. */
    default String description(Locale locale) {
        return "";
    }

    /** The class-path folder of your migrations ({@code V1__first.sql} …); by default {@code db/plugin/<id>}. */
    default String migrations() {
        return "db/plugin/" + id();
    }

    /** Entries for the main menu, each opening one of your {@link io.tacitcrm.api.ui.ViewContribution views}. */
    default List<MenuEntry> menu(Locale locale) {
        return List.of();
    }

    /**
     * The permissions your module checks, labelled in {@code locale}. Each code must start with your plugin id and a
     * dot. Asked for whenever the role editor is shown and when a company switches your module on (to grant the
     * defaults), so answer from constants, quickly.
     */
    @Beta
    default List<ModulePermission> permissions(Locale locale) {
        return List.of();
    }

    /**
     * The settings a company may change, labelled in {@code locale}, in the order to show them. The host validates
     * every change against them (bounds, choices, who may change it); read them with
     * {@link PluginSettings#value(String)}. Answer from constants, quickly.
     */
    @Beta
    default List<ModuleSetting> settings(Locale locale) {
        return List.of();
    }

    /**
     * Called once a company switched your plugin on (after the switch was saved), with that company's context: the
     * place to backfill your tables from the core's records (page through the readers). Runs on a worker with the
     * plugin time limit; a failure is logged and does not undo the switch. Not called again when it was already on.
     */
    @Beta
    default void onEnabled(PluginContext context) throws Exception {
        // nothing to prepare
    }

    /** Called once a company switched your plugin off (after the switch was saved); its data stays. */
    @Beta
    default void onDisabled(PluginContext context) throws Exception {
        // nothing to release
    }
}
