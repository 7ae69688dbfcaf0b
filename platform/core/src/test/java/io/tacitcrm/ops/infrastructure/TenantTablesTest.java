package io.tacitcrm.ops.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.ops.domain.ArchiveTable;
import io.tacitcrm.ops.domain.ArchiveTable.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantTablesTest {

    @Test
    void a_tables_comment_or_a_modules_word_says_what_an_archive_does_with_it() {
        assertEquals(Kind.DATA, TenantTables.kind("public.account", "", Set.of()));
        assertEquals(Kind.GLOBAL, TenantTables.kind("public.tenant_usage", "GLOBAL: counts", Set.of()));
        assertEquals(Kind.DATA, TenantTables.kind("public.digest_due", "GLOBAL: due [exported]", Set.of()));
        assertEquals(Kind.DERIVED, TenantTables.kind("public.account_search_gram", "DERIVED: grams", Set.of()));
        assertEquals(Kind.TRANSIENT, TenantTables.kind("public.api_token", "TRANSIENT: secrets", Set.of()));
        assertEquals(Kind.DERIVED, TenantTables.kind("plugin_knowledge.article_term", "",
                Set.of("plugin_knowledge.article_term")));
    }

    @Test
    void every_table_comes_after_the_tables_its_foreign_keys_point_at_wherever_it_was_listed() {
        Map<String, ArchiveTable> tables = new LinkedHashMap<>();
        tables.put("public.opportunity", table("public.opportunity", "public.account", "public.app_user",
                "public.tenant"));
        tables.put("plugin_knowledge.citation", table("plugin_knowledge.citation", "plugin_knowledge.article"));
        tables.put("public.account", table("public.account", "public.app_user"));
        tables.put("plugin_knowledge.article", table("plugin_knowledge.article"));
        tables.put("public.app_user", table("public.app_user", "public.app_role"));
        tables.put("public.app_role", table("public.app_role"));

        List<String> order = TenantTables.ordered(tables).stream().map(ArchiveTable::name).toList();

        assertEquals(List.of("public.app_role", "public.app_user", "public.account", "public.opportunity",
                "plugin_knowledge.article", "plugin_knowledge.citation"), order);
    }

    @Test
    void foreign_keys_in_a_circle_are_refused_rather_than_imported_in_a_wrong_order() {
        Map<String, ArchiveTable> tables = new LinkedHashMap<>();
        tables.put("public.a", table("public.a", "public.b"));
        tables.put("public.b", table("public.b", "public.a"));

        assertThrows(IllegalStateException.class, () -> TenantTables.ordered(tables));
    }

    private static ArchiveTable table(String name, String... references) {
        return new ArchiveTable(name, Kind.DATA, "", List.of("tenant_id", "id"), List.of("tenant_id", "id"),
                Set.of(references));
    }
}
