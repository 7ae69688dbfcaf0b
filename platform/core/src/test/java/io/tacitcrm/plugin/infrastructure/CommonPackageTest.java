package io.tacitcrm.plugin.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommonPackageTest {

    @Test
    void a_plugins_code_is_the_package_its_extensions_share() {
        assertEquals(Optional.of("io.tacitcrm.knowledge"), Pf4jPluginCatalog.commonPackage(Set.of(
                "io.tacitcrm.knowledge.ui.BrowseView", "io.tacitcrm.knowledge.web.KnowledgeApi",
                        "io.tacitcrm.knowledge.ui.KnowledgeModule")));
        assertEquals(Optional.of("com.example.crm"), Pf4jPluginCatalog.commonPackage(Set.of("com.example.crm.Module")));
    }

    @Test
    void a_package_too_broad_to_name_a_plugin_names_none() {
        assertEquals(Optional.empty(), Pf4jPluginCatalog.commonPackage(Set.of("io.a.X", "com.b.Y")));
        assertEquals(Optional.empty(), Pf4jPluginCatalog.commonPackage(Set.of("Top")));
        assertEquals(Optional.empty(), Pf4jPluginCatalog.commonPackage(Set.of()));
    }
}
