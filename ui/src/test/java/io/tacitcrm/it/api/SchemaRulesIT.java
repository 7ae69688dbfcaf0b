package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The migrated schema keeps the rules of DESIGN §2 and §10 for every tenant table, present and future. */
class SchemaRulesIT {

    private final TestServer server = TestServer.get();
    /**
     * Tenant tables of the core and of every plugin the server admitted (a refused plugin's tables are never used):
     * every table with a tenant_id but those declared global by a comment starting "GLOBAL:" (DESIGN §2).
     */
    private final String tenantTables = "select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            + "join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' "
            + "where c.relkind = 'r' and (n.nspname = 'public' or n.nspname in (" + activePluginSchemas() + "))"
            + " and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'GLOBAL:%'";

    @Test
    void every_key_and_unique_index_of_a_tenant_table_leads_with_tenant_id() throws SQLException {
        List<String> offenders = query("""
                select t.oid::regclass || '.' || i.relname from pg_index x
                join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                where t.oid in (%s) and (x.indisprimary or x.indisunique)
                  and (select attname from pg_attribute where attrelid = t.oid and attnum = x.indkey[0]) <> 'tenant_id'
                union all
                select t.oid::regclass || '.' || k.conname from pg_constraint k join pg_class t on t.oid = k.conrelid
                where t.oid in (%s) and k.contype = 'f'
                  and (select attname from pg_attribute where attrelid = t.oid and attnum = k.conkey[1]) <> 'tenant_id'
                """.formatted(tenantTables, tenantTables));
        assertEquals(List.of(), offenders);
    }

    @Test
    void every_tenant_table_forces_row_level_security_with_a_tenant_policy() throws SQLException {
        List<String> offenders = query("""
                select c.oid::regclass::text from pg_class c where c.oid in (%s)
                  and not (c.relrowsecurity and c.relforcerowsecurity
                           and exists (select 1 from pg_policy p where p.polrelid = c.oid
                                         and pg_get_expr(p.polqual, p.polrelid) like '%%app.tenant_id%%'))
                """.formatted(tenantTables));
        assertEquals(List.of(), offenders);
    }

    /** Cached plans are made for the biggest workspace only if every tenant table says so (V21, the plugin host). */
    @Test
    void every_tenant_table_plans_for_the_biggest_workspace() throws SQLException {
        List<String> offenders = query("""
                select c.oid::regclass::text from pg_class c join pg_attribute a on a.attrelid = c.oid
                where c.oid in (%s) and a.attname = 'tenant_id'
                  and coalesce(a.attoptions, '{}') <> '{n_distinct=1}'
                """.formatted(tenantTables));
        assertEquals(List.of(), offenders);
    }

    @Test
    void there_are_tenant_tables_to_check() throws SQLException {
        assertEquals(true, query("select oid::regclass::text from pg_class where oid in (" + tenantTables + ")")
                .containsAll(
                List.of("account", "app_user", "app_role", "api_token", "plugin_knowledge.article",
                        "plugin_knowledge.citation")));
    }

    private String activePluginSchemas() {
        var admin = Tenants.signUp(server, "schema").admin();
        return admin.get("plugins").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("status").equals("ACTIVE"))
                .map(p -> "'plugin_" + p.getString("id").replace('-', '_') + "'").collect(Collectors.joining(", "));
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = server.superuser().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
