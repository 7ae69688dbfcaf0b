package io.tacitcrm.it.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.LibertyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An operator upgrades a plugin the way the guide says: stop the server, swap the archive, start it. The new release's
 * migration runs, the data stays, and the plugins page names the release that runs — and, with both archives left
 * in the directory, the one refused.
 */
class PluginUpgradeIT {

    private static final Path RELEASES = Path.of("target/keeper-releases").toAbsolutePath();
    private final TestServer server = TestServer.get();

    @Test
    void swapping_an_archive_and_restarting_runs_the_new_release_with_its_migration_and_keeps_the_data()
            throws Exception {
        Path plugins = Path.of("target/upgrade-plugins").toAbsolutePath();
        reset(plugins);
        Files.copy(RELEASES.resolve("keeper-1.0.0.zip"), plugins.resolve("keeper-1.0.0.zip"));
        Tenant tenant = Tenants.signUp(server, "upgrade");

        try (LibertyServer first = server.startAnother("tacit-upgrade", plugins)) {
            TacitClient admin = admin(first, tenant);
            assertEquals("1.0.0", keeper(admin).getString("version"));
            assertEquals(200, admin.patch("plugins/keeper", Json.createObjectBuilder().add("enabled", true)
                    .build(), null).status());
            assertEquals(204, admin.post("x/keeper/notes?text=written-by-1.0.0", Json.createObjectBuilder()
                    .build()).status());
        }

        Files.delete(plugins.resolve("keeper-1.0.0.zip"));
        Files.copy(RELEASES.resolve("keeper-1.0.1.zip"), plugins.resolve("keeper-1.0.1.zip"));
        try (LibertyServer upgraded = server.startAnother("tacit-upgrade", plugins)) {
            TacitClient admin = admin(upgraded, tenant);
            JsonObject keeper = keeper(admin);
            assertEquals("1.0.1", keeper.getString("version"));
            assertEquals("ACTIVE", keeper.getString("status"));
            assertTrue(keeper.getBoolean("enabled"), "the company's switch survives the upgrade");
            List<JsonObject> notes = admin.get("x/keeper/notes").body().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertEquals(1, notes.size());
            assertEquals("written-by-1.0.0", notes.getFirst().getString("text"));
            assertEquals("before 1.0.1", notes.getFirst().getString("release"), "1.0.1's migration ran");
        }

        // an operator who forgets the old archive: the newer runs, the older is named on the plugins page
        Files.copy(RELEASES.resolve("keeper-1.0.0.zip"), plugins.resolve("keeper-1.0.0.zip"));
        try (LibertyServer both = server.startAnother("tacit-upgrade", plugins)) {
            JsonObject keeper = keeper(admin(both, tenant));
            assertEquals("1.0.1", keeper.getString("version"));
            assertEquals("ACTIVE", keeper.getString("status"));
            assertTrue(keeper.getString("problem").contains("1.0.0"), keeper.toString());
        }
    }

    private static TacitClient admin(LibertyServer server, Tenant tenant) {
        return new TacitClient(server.baseUri()).login(tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
    }

    private static JsonObject keeper(TacitClient admin) {
        return admin.get("plugins").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("keeper")).findFirst().orElseThrow();
    }

    private static void reset(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }
}
