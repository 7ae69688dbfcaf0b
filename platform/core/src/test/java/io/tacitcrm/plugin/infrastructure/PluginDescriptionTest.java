package io.tacitcrm.plugin.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PluginDescriptionTest {

    @Test
    void a_description_written_in_utf8_but_read_as_latin1_reads_as_written() {
        String written = "Analytics — the manager's cockpit, 知识库";
        String readByPf4j = new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertEquals(written, Pf4jPluginCatalog.utf8(readByPf4j));
    }

    @Test
    void plain_ascii_escaped_text_and_real_latin1_stay_as_they_are() {
        assertEquals("Knowledge base", Pf4jPluginCatalog.utf8("Knowledge base"));
        assertEquals("知识库", Pf4jPluginCatalog.utf8("知识库"));
        assertEquals("Café", Pf4jPluginCatalog.utf8("Café"));
    }
}
