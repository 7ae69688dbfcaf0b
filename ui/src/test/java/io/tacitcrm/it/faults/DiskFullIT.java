package io.tacitcrm.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tacitcrm.it.faults.WriteLoad.Answer;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The database's disk fills up while clients write (its data folder on a small tmpfs of the test's own, filled by a
 * file): the writes meanwhile are refused with a 503 that says why — never a 500; the few that still fit into space
 * already allocated are acknowledged and kept — and once space returns the same
 * server writes again, nothing acknowledged is missing and the indexes check clean. Needs the right to mount (root);
 * skipped elsewhere.
 */
class DiskFullIT {

    private static final Logger LOG = Logger.getLogger(DiskFullIT.class.getName());
    private static final Set<String> REFUSALS = Set.of("storage.full", "database.unavailable");

    private final TestServer server = TestServer.get();

    @Test
    void a_full_disk_refuses_writes_clearly_and_service_returns_with_the_space_and_nothing_is_lost() throws Exception {
        Path directory = Path.of("target/it-full-disk").toAbsolutePath();
        Files.createDirectories(directory);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", directory.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        int port = TestServer.freePort();
        EmbeddedDatabase database = EmbeddedDatabase.start(directory, port);
        Path filler = directory.resolve("filler");
        try (LibertyServer alone = server.startAnother("tacit-full-disk", database.settings().environment())) {
            TacitClient anonymous = new TacitClient(alone.baseUri());
            String workspace = Tenants.uniqueWorkspace("full");
            String email = "admin@" + workspace + ".example";
            assertEquals(201, anonymous.post("signup", Tenants.signupBody(workspace, email)).status());
            TacitClient admin = anonymous.login(workspace, email, Tenants.PASSWORD);

            List<Answer> full;
            List<Answer> after;
            WriteLoad load = WriteLoad.start(admin, 2);
            try {
                TimeUnit.SECONDS.sleep(2);
                fill(filler);
                long filled = System.nanoTime();
                TimeUnit.SECONDS.sleep(6);
                full = load.answers().stream().filter(a -> a.atNanos() > filled + TimeUnit.SECONDS.toNanos(3))
                        .toList();
                Files.delete(filler);
                long freed = System.nanoTime();
                database = restartIfDown(database, directory, port);
                TimeUnit.SECONDS.sleep(10);
                after = load.answers().stream().filter(a -> a.atNanos() > freed + TimeUnit.SECONDS.toNanos(7))
                        .toList();
            } finally {
                load.close();
            }

            Map<String, Long> statuses = load.statuses();
            LOG.info(() -> "answers " + statuses + "; samples " + load.failures());
            assertTrue(load.answers().stream().allMatch(a -> a.status() == 201 || a.status() == 503
                    && a.code().filter(REFUSALS::contains).isPresent()), "answered or refused clearly: " + statuses
                    + " " + load.failures());
            // a write that fits into pages and log space already allocated still succeeds (and is kept); the first
            // that needs a new page is refused
            assertTrue(full.stream().anyMatch(a -> a.status() == 503), "the full disk refuses writes: " + full.size()
                    + " answers, " + full.stream().filter(a -> a.status() == 201).count() + " acknowledged");
            assertTrue(!after.isEmpty() && after.stream().allMatch(a -> a.status() == 201), "writing again once the"
                    + " space is back");
            List<UUID> written = load.acknowledged().stream().map(UUID::fromString).toList();
            assertEquals(written.size(), Sql.count(database.superuser(), "select count(*) from account where id ="
                    + " any (?)", (Object) written.toArray(UUID[]::new)), "every acknowledged write is there");
            try (Connection c = database.superuser().getConnection()) {
                Sql.execute(c, "create extension if not exists amcheck");
                Sql.execute(c, "select bt_index_check(i.indexrelid, true) from pg_index i join pg_class t on t.oid ="
                        + " i.indrelid where t.relname in ('account', 'account_search_gram', 'audit_entry')");
            }
            Reply read = admin.get("accounts?limit=5");
            assertEquals(200, read.status());
        } finally {
            Files.deleteIfExists(filler);
            database.close();
            run("umount", directory.toString());
        }
    }

    /** A file that takes every byte left, written for real (tmpfs has no sparse files to cheat with). */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException noSpaceLeft) {
            if (Files.getFileStore(file).getUsableSpace() > block.length) {
                throw noSpaceLeft;
            }
        }
    }

    /**
     * A PostgreSQL that could not write its log gives up (a panic, then a failed recovery); as a service manager
     * would, the test starts it again once there is space. One that only refused to grow its tables still runs.
     */
    private static EmbeddedDatabase restartIfDown(EmbeddedDatabase database, Path directory, int port)
            throws IOException, SQLException, InterruptedException {
        for (int i = 0; i < 20; i++) {
            try (Connection c = database.superuser().getConnection()) {
                return database;
            } catch (SQLException e) {
                TimeUnit.MILLISECONDS.sleep(250); // perhaps still recovering by itself
            }
        }
        LOG.info("PostgreSQL did not survive the full disk; started again");
        database.close();
        return EmbeddedDatabase.start(directory, port);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
