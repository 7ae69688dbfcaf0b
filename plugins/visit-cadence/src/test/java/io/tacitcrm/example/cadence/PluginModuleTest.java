package io.tacitcrm.example.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PluginModuleTest {

    @Test
    void the_module_s_id_is_the_archive_s_plugin_id() throws IOException {
        Properties descriptor = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/plugin/plugin.properties"))) {
            descriptor.load(in);
        }
        assertEquals(descriptor.getProperty("plugin.id"), new PluginModule().id());
    }

    @Test
    void every_text_exists_in_english_and_chinese() {
        for (String key : new String[] {"module.name", "module.menu", "view.title", "view.customer", "panel.title"}) {
            assertNotEquals(key, new Texts(Locale.ENGLISH).get(key), key);
            assertNotEquals(key, new Texts(Locale.SIMPLIFIED_CHINESE).get(key), key);
        }
        assertNotEquals(new Texts(Locale.ENGLISH).get("view.title"),
                new Texts(Locale.SIMPLIFIED_CHINESE).get("view.title"));
    }
}
