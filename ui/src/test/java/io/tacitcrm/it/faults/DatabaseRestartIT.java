package io.tacitcrm.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.faults.WriteLoad.Answer;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for five seconds while clients write, on a server and database of the test's own: readiness goes
 * down at once, every request is answered within the pool's wait (a 503 that says to retry, never a hang or a 500),
 * the server comes back by itself soon after the database does, and every write it acknowledged is there.
 */
class DatabaseRestartIT {

    private static final Logger LOG = Logger.getLogger(DatabaseRestartIT.class.getName());
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    /** The pool's connectionTimeout (10 s, server.xml) and a margin for a busy two-core machine. */
    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(13);

    private final TestServer server = TestServer.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void a_database_restart_under_load_is_told_at_once_recovered_from_by_itself_and_loses_no_acknowledged_write()
            throws Exception {
        Path directory = Path.of("target/it-restarted-db").toAbsolutePath();
        LibertyServer.deleteRecursively(directory);
        int port = TestServer.freePort();
        EmbeddedDatabase database = EmbeddedDatabase.start(directory, port);
        try (LibertyServer alone = server.startAnother("tacit-db-restart", database.settings().environment())) {
            TacitClient anonymous = new TacitClient(alone.baseUri());
            String workspace = Tenants.uniqueWorkspace("restart");
            Reply signedUp = anonymous.post("signup", Tenants.signupBody(workspace, "admin@" + workspace + ".example"));
            assertEquals(201, signedUp.status(), signedUp.body().toString());
            TacitClient admin = anonymous.login(workspace, "admin@" + workspace + ".example", Tenants.PASSWORD);

            long stopped;
            long back;
            Duration notReadyAfter;
            Duration readyAfter;
            WriteLoad load = WriteLoad.start(admin, 4);
            try {
                TimeUnit.SECONDS.sleep(3);
                stopped = System.nanoTime();
                database.close();
                notReadyAfter = awaitReadiness(alone.baseUri(), 503, Duration.ofSeconds(10)).minusNanos(stopped);
                TimeUnit.NANOSECONDS.sleep(Math.max(0, stopped + OUTAGE.toNanos() - System.nanoTime()));
                database = EmbeddedDatabase.start(directory, port);
                back = System.nanoTime();
                readyAfter = awaitReadiness(alone.baseUri(), 200, Duration.ofSeconds(30)).minusNanos(back);
                TimeUnit.SECONDS.sleep(3);
            } finally {
                load.close();
            }

            Map<String, Long> statuses = load.statuses();
            Duration writingAfter = Duration.ofNanos(load.firstAcknowledgedAfter(back).orElseThrow() - back);
            LOG.info(() -> "answers " + statuses + "; slowest " + load.slowest() + "; not ready " + notReadyAfter
                    + " after the stop; ready " + readyAfter + " and writing " + writingAfter + " after the return;"
                    + " samples " + load.failures());

            assertTrue(notReadyAfter.compareTo(Duration.ofSeconds(3)) <= 0, "not ready at once: " + notReadyAfter);
            assertTrue(readyAfter.compareTo(Duration.ofSeconds(10)) <= 0, "ready again within 10 s: " + readyAfter);
            assertTrue(writingAfter.compareTo(Duration.ofSeconds(10)) <= 0, "writes again within 10 s: "
                    + writingAfter);
            assertTrue(load.slowest().compareTo(LONGEST_ANSWER) <= 0, "no request hangs: " + load.slowest());
            List<Answer> refused = load.answers().stream().filter(a -> a.status() != 201).toList();
            assertTrue(!refused.isEmpty(), "the outage was felt: " + statuses);
            assertTrue(refused.stream().allMatch(a -> a.status() == 503 && a.code().equals(Optional.of(
                    "database.unavailable")) && a.retryAfter().isPresent()),
                    "only 503 database.unavailable with Retry-After, never a 500 or no answer: " + statuses + " "
                    + load.failures());
            List<UUID> written = load.acknowledged().stream().map(UUID::fromString).toList();
            assertEquals(written.size(), Sql.count(database.superuser(), "select count(*) from account where id ="
                    + " any (?)", (Object) written.toArray(UUID[]::new)), "every acknowledged write is there");
        } finally {
            database.close();
        }
    }

    /** Polls readiness until it answers {@code status}; returns when ({@link System#nanoTime()}) as a duration. */
    private Duration awaitReadiness(URI base, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(5))
                .GET().build();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    return Duration.ofNanos(System.nanoTime());
                }
            } catch (IOException e) {
                // not answering counts as not the status awaited
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("readiness did not answer " + status + " within " + timeout);
    }
}
