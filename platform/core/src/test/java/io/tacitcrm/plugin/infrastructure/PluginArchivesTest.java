package io.tacitcrm.plugin.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultVersionManager;

class PluginArchivesTest {

    @TempDir
    Path plugins;

    private PluginArchives.Prepared prepare() {
        return PluginArchives.prepare(plugins, new DefaultVersionManager()::compareVersions);
    }

    @Test
    void an_upgraded_archive_loads_even_beside_the_folder_the_old_one_was_unpacked_into() throws IOException {
        zip("cadence-1.0.0.zip", "cadence", "1.0.0", Map.of("marker.txt", "old"));
        prepare();
        Files.createDirectories(plugins.resolve("cadence-1.0.0/classes")); // what PF4J used to leave behind
        Files.writeString(plugins.resolve("cadence-1.0.0/marker.txt"), "old");
        Files.delete(plugins.resolve("cadence-1.0.0.zip"));
        zip("cadence-1.0.1.zip", "cadence", "1.0.1", Map.of("marker.txt", "new"));

        PluginArchives.Prepared prepared = prepare();

        assertEquals(List.of("cadence 1.0.1"), loaded(prepared));
        assertEquals("new", Files.readString(prepared.work().resolve("cadence/marker.txt")));
        assertEquals(List.of("cadence"), folders(prepared.work()), "exactly one folder per plugin, nothing stale");
        assertTrue(prepared.refused().isEmpty());
    }

    @Test
    void two_archives_of_one_plugin_load_the_newer_and_report_the_older_as_refused() throws IOException {
        zip("cadence-1.2.0.zip", "cadence", "1.2.0", Map.of("marker.txt", "1.2.0"));
        zip("cadence-1.10.0.zip", "cadence", "1.10.0", Map.of("marker.txt", "1.10.0"));

        PluginArchives.Prepared prepared = prepare();

        assertEquals(List.of("cadence 1.10.0"), loaded(prepared), "semantic versions: 1.10 is newer than 1.2");
        assertEquals(1, prepared.refused().size());
        assertEquals("1.2.0", prepared.refused().getFirst().version());
        assertTrue(prepared.refused().getFirst().why().contains("cadence-1.2.0.zip is older than cadence-1.10.0.zip"));
    }

    @Test
    void a_plugin_project_in_development_mode_runs_from_its_compiled_classes_instead_of_its_archive(
            @TempDir Path project) throws IOException {
        zip("cadence-1.0.0.zip", "cadence", "1.0.0", Map.of("marker.txt", "archive"));
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        Files.writeString(classes.resolve("plugin.properties"), "plugin.id=cadence\nplugin.version=1.1.0-SNAPSHOT\n");
        Files.writeString(classes.resolve("marker.txt"), "compiled");

        PluginArchives.Prepared prepared = PluginArchives.prepare(plugins, "dev", List.of(project),
                new DefaultVersionManager()::compareVersions);

        assertEquals(List.of("cadence"), prepared.developing().stream().map(PluginArchives.Development::id).toList());
        assertTrue(prepared.loaded().isEmpty(), "the archive gives way to the project");
        assertTrue(prepared.refused().isEmpty(), "expected in development mode, so no problem to report");
        Path folder = prepared.work().resolve("cadence");
        assertEquals("compiled", Files.readString(folder.resolve("classes/marker.txt")));
        Files.writeString(classes.resolve("marker.txt"), "recompiled");
        assertEquals("recompiled", Files.readString(folder.resolve("classes/marker.txt")), "linked, not copied");

        PluginArchives.prepare(plugins, "dev", List.of(project), new DefaultVersionManager()::compareVersions);
        assertEquals("recompiled", Files.readString(classes.resolve("marker.txt")),
                "a restart never deletes the project");
    }

    @Test
    void a_development_folder_that_was_never_built_is_refused_with_what_to_do(@TempDir Path project) {
        PluginArchives.Prepared prepared = PluginArchives.prepare(plugins, "dev", List.of(project),
                new DefaultVersionManager()::compareVersions);

        assertTrue(prepared.developing().isEmpty());
        assertTrue(prepared.refused().getFirst().why().contains("mvn compile"), prepared.refused().toString());
    }

    @Test
    void what_runs_follows_the_archives_present_at_each_start() throws IOException {
        zip("a.zip", "alpha", "1.0.0", Map.of());
        zip("b.zip", "beta", "1.0.0", Map.of());
        assertEquals(List.of("alpha", "beta"), folders(prepare().work()));

        Files.delete(plugins.resolve("b.zip"));

        assertEquals(List.of("alpha"), folders(prepare().work()), "a removed archive leaves nothing behind");
    }

    @Test
    void archives_without_a_descriptor_or_with_entries_outside_their_folder_are_refused_not_loaded()
            throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(plugins.resolve("bare.zip")))) {
            out.putNextEntry(new ZipEntry("classes/Nothing.class"));
        }
        zip("evil.zip", "evil", "1.0.0", Map.of("../../escaped.txt", "x"));

        PluginArchives.Prepared prepared = prepare();

        assertTrue(loaded(prepared).isEmpty());
        assertEquals(2, prepared.refused().size(), prepared.refused().toString());
        assertFalse(Files.exists(plugins.resolve("escaped.txt")));
        assertFalse(Files.exists(plugins.getParent().resolve("escaped.txt")));
    }

    private void zip(String name, String id, String version, Map<String, String> files) throws IOException {
        try (OutputStream file = Files.newOutputStream(plugins.resolve(name));
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("plugin.properties"));
            out.write(("plugin.id=" + id + "\nplugin.version=" + version + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> entry : files.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static List<String> loaded(PluginArchives.Prepared prepared) {
        return prepared.loaded().stream().map(a -> a.id() + " " + a.version()).toList();
    }

    private static List<String> folders(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
