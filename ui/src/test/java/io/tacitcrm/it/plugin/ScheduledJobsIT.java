package io.tacitcrm.it.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.LibertyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Modules' scheduled jobs on a cluster: two servers on one database, both looking for due runs every second, and a
 * job due every two seconds — each scheduled time runs once, on one of them, as the company.
 */
class ScheduledJobsIT {

    private static final Logger LOG = Logger.getLogger(ScheduledJobsIT.class.getName());
    private final TestServer server = TestServer.get();

    @Test
    void two_servers_on_one_database_run_each_scheduled_time_of_a_job_exactly_once_as_the_company() throws Exception {
        Tenant tenant = Tenants.signUp(server, "jobs");
        Tenant quiet = Tenants.signUp(server, "jobs-off");
        Tenants.switchPlugin(quiet, "misbehaving", true);
        Tenants.switchPlugin(quiet, "misbehaving", false);
        for (String name : List.of("Job customer A", "Job customer B")) {
            tenant.admin().post("accounts", Json.createObjectBuilder().add("name", name).build());
        }
        Tenants.switchPlugin(tenant, "misbehaving", true);
        assertEquals(200, tenant.admin().post("x/misbehaving/job-notes", Json.createObjectBuilder().build())
                .status());

        List<String> notes;
        try (LibertyServer second = server.startAnother("tacit-second")) {
            Instant bothUp = Instant.now();
            notes = awaitNotes(tenant, bothUp, 5, Duration.ofSeconds(40));
        }

        Map<String, Integer> perTime = new TreeMap<>();
        for (String note : notes) {
            String[] parts = note.split(" ");
            perTime.merge(parts[1], 1, Integer::sum);
            assertEquals("2", parts[2], "the company reader sees every customer: " + note);
            assertEquals("false", parts[3], "a job has no user: " + note);
        }
        assertTrue(perTime.values().stream().allMatch(n -> n == 1), "each scheduled time once: " + perTime);
        List<Instant> times = perTime.keySet().stream().map(Instant::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertEquals(Duration.ofSeconds(2), Duration.between(times.get(i - 1), times.get(i)),
                    "no scheduled time skipped: " + times);
        }
        Map<String, Integer> byServer = runsByServer(tenant);
        LOG.info(() -> "Runs of the tick job by server: " + byServer);
        assertEquals(times, doneRuns(tenant, times.getFirst(), times.getLast()), "one recorded run per note");
        assertEquals(Map.of(), runsByServer(quiet), "a company that switched the plugin off runs nothing");
    }

    /** The job notes, once at least {@code count} were made after {@code after}. */
    private List<String> awaitNotes(Tenant tenant, Instant after, int count, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<String> notes = tenant.admin().get("x/misbehaving/seen").body().getJsonArray("kinds")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(k -> k.startsWith("Job ")).toList();
            long late = notes.stream().filter(n -> Instant.parse(n.split(" ")[1]).isAfter(after)).count();
            if (late >= count) {
                return notes;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + late + " job runs after both servers were up: " + notes);
            }
            Thread.sleep(500);
        }
    }

    private Map<String, Integer> runsByServer(Tenant tenant) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = server.superuser().getConnection(); PreparedStatement ps = c.prepareStatement(
                "select r.server, count(*) from plugin_job_run r join tenant t on t.id = r.tenant_id"
                        + " where t.slug = ? and r.outcome = 'DONE' group by r.server")) {
            ps.setString(1, tenant.workspace());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /**
     * The scheduled times of the finished runs between two notes' times. The first server keeps running the job after
     * the notes were read, and a run is marked done just after its note, so only that window is compared, and the
     * last run is given a moment to be marked.
     */
    private List<Instant> doneRuns(Tenant tenant, Instant first, Instant last) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<Instant> done = new ArrayList<>();
            try (Connection c = server.superuser().getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select r.scheduled_at from plugin_job_run r join tenant t on t.id = r.tenant_id"
                            + " where t.slug = ? and r.outcome = 'DONE' and r.scheduled_at between ? and ?"
                            + " order by r.scheduled_at")) {
                ps.setString(1, tenant.workspace());
                ps.setTimestamp(2, Timestamp.from(first));
                ps.setTimestamp(3, Timestamp.from(last));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        done.add(rs.getTimestamp(1).toInstant());
                    }
                }
            }
            if (done.contains(last) || System.nanoTime() > deadline) {
                return done;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void a_run_left_unfinished_by_a_server_that_stopped_shows_as_failed_once_the_time_limit_is_well_past()
            throws Exception {
        Tenant tenant = Tenants.signUp(server, "jobs-lost");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        Instant lost = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant running = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = server.superuser().getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into plugin_job_run (tenant_id, plugin_id, job, scheduled_at, server, started_at)"
                        + " values (?, 'misbehaving', 'notes', ?, 'server-killed', ?)")) {
            for (Instant at : List.of(lost, running)) {
                ps.setObject(1, UUID.fromString(tenant.tenantId()));
                ps.setTimestamp(2, Timestamp.from(at));
                ps.setTimestamp(3, Timestamp.from(at));
                ps.executeUpdate();
            }
        }

        Map<Instant, JsonObject> runs = new TreeMap<>();
        tenant.admin().get("plugins/misbehaving/jobs").body().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(r -> runs.put(Instant.parse(r.getString("scheduledAt")), r));

        JsonObject interrupted = runs.get(lost);
        assertEquals("FAILED", interrupted.getString("outcome"), interrupted::toString);
        assertTrue(interrupted.getString("detail").contains("interrupted: server-killed stopped"),
                interrupted::toString);
        assertTrue(!interrupted.isNull("finishedAt"), interrupted::toString);
        JsonObject stillRunning = runs.get(running);
        assertTrue(stillRunning.isNull("outcome") || !stillRunning.containsKey("outcome"), stillRunning::toString);
    }
}
