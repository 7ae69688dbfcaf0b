package io.tacitcrm.plugin.infrastructure;

/**
 * The statements on stored plugin settings, one text each for both paths that run them: the settings page's (in the
 * request's transaction) and a plugin's own (on its own connection).
 */
final class SettingSql {

    static final String ALL = "select key, value from plugin_setting where tenant_id = ? and plugin_id = ?";
    static final String GET = "select value from plugin_setting where tenant_id = ? and plugin_id = ? and key = ?";
    static final String PUT = """
            insert into plugin_setting (tenant_id, plugin_id, key, value) values (?, ?, ?, ?)
            on conflict (tenant_id, plugin_id, key) do update set value = excluded.value""";
    static final String REMOVE = "delete from plugin_setting where tenant_id = ? and plugin_id = ? and key = ?";

    private SettingSql() {
    }
}
