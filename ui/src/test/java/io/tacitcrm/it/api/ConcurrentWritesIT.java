package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Twenty writers at once on every versioned resource: no 5xx, no 412 to a writer that sent no precondition, and no lost
 * update — every acknowledged write moved the version on by one, and the stored state is one of the acknowledged
 * writes. Duplicate creations race to one winner and clear conflicts.
 */
class ConcurrentWritesIT {

    private static final int WRITERS = 20;

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "races");
    private final TacitClient admin = tenant.admin();
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void records_edited_by_twenty_writers_at_once_lose_no_acknowledged_update() {
        String account = created(admin.post("accounts", Json.createObjectBuilder().add("name", "Raced").build()));
        String contact = created(admin.post("contacts", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Raced contact").build()));
        String deal = created(admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Raced deal").build()));
        String footprint = created(admin.post("activities", Json.createObjectBuilder().add("type", "CALL")
                .add("status", "DONE").add("subject", "Raced call").add("occurredAt", Instant.now().toString())
                .add("accountId", account).build()));
        String team = created(admin.post("teams", Json.createObjectBuilder().add("name", "Raced team")
                .add("leaderId", tenant.adminId()).add("memberIds", Json.createArrayBuilder()).build()));
        Map<String, String> fieldOf = Map.of("accounts/" + account, "name", "contacts/" + contact, "name",
                "opportunities/" + deal, "name", "activities/" + footprint, "subject", "teams/" + team, "name");
        fieldOf.forEach((path, field) -> {
            raceWithPrecondition(path, i -> Json.createObjectBuilder().add(field, "with If-Match " + i).build(), field);
            raceWithoutPrecondition(path, i -> Json.createObjectBuilder().add(field, "without " + i).build(), field);
        });
    }

    @Test
    void targets_reports_policies_and_the_process_survive_twenty_writers_at_once() {
        String target = created(admin.post("targets", Json.createObjectBuilder().add("subjectType", "ROLE")
                .add("subjectId", Tenants.defaultRoleChain(admin).getLast()).add("periodKind",
                        "MONTH").add("periodStart", "2026-12-01")
                .add("amount", 1000).build()));
        // a target has no GET of its own: the versions the acknowledged writes answered with tell the story
        List<Reply> guarded = race(i -> admin.patch("targets/" + target, Json.createObjectBuilder().add("amount",
                1000 + i)
                .build(), "\"1\""));
        assertNoServerError(guarded);
        assertEquals(1, guarded.stream().filter(r -> r.status() == 200).count(), statuses(guarded).toString());
        assertTrue(guarded.stream().allMatch(r -> r.status() == 200 || r.status() == 412),
                statuses(guarded).toString());
        List<Reply> unguarded = race(i -> admin.patch("targets/" + target, Json.createObjectBuilder().add("amount",
                2000 + i)
                .build(), null));
        assertNoServerError(unguarded);
        assertTrue(unguarded.stream().allMatch(r -> r.status() == 200 || r.status() == 409),
                statuses(unguarded).toString());
        List<Long> versions = unguarded.stream().filter(r -> r.status() == 200).map(ConcurrentWritesIT::version)
                .sorted()
                .toList();
        assertEquals(LongStream.rangeClosed(3, 2 + versions.size()).boxed().toList(), versions,
                "each acknowledged write has a version of its own, none lost");

        String day = "daily-reports/" + LocalDate.now().minusDays(1);
        List<Reply> first = race(i -> admin.put(day, report("first " + i)));
        assertNoServerError(first);
        assertTrue(first.stream().anyMatch(r -> r.status() == 200), statuses(first).toString());
        assertTrue(first.stream().allMatch(r -> r.status() == 200 || r.status() == 409), statuses(first).toString());
        List<Reply> rewrites = race(i -> admin.put(day, report("again " + i)));
        assertNoServerError(rewrites);

        JsonObject policy = Json.createObjectBuilder().add("idleDays", 60).add("claimCap", 10).build();
        List<Reply> policies = race(i -> admin.put("pool/policy", policy));
        assertNoServerError(policies);

        Reply process = admin.get("process");
        String revision = process.header("ETag");
        List<Reply> processes = race(i -> admin.put("process", withGuidance(process.body(), "Guidance " + i),
                revision));
        assertNoServerError(processes);
        assertEquals(1, processes.stream().filter(r -> r.status() == 200).count(), statuses(processes).toString());
        assertTrue(processes.stream().allMatch(r -> r.status() == 200 || r.status() == 412),
                statuses(processes).toString());
    }

    @Test
    void twenty_creations_with_one_email_role_or_team_name_make_one_record_and_clear_conflicts() {
        String role = Tenants.defaultRoleChain(admin).getLast();
        List<Reply> users = race(i -> admin.post("users", Json.createObjectBuilder().add("email", "twin@races.example")
                .add("name", "Twin " + i).add("roleId", role).add("password", Tenants.PASSWORD).build()));
        assertOneWinner(users, "email.taken");

        List<Reply> roles = race(i -> admin.post("roles", Json.createObjectBuilder().add("name", "Twin role")
                .add("parentId", role).add("permissions", Json.createArrayBuilder()).build()));
        assertOneWinner(roles, "role.name-taken");

        List<Reply> teams = race(i -> admin.post("teams", Json.createObjectBuilder().add("name", "Twin team")
                .add("leaderId", tenant.adminId()).add("memberIds", Json.createArrayBuilder()).build()));
        assertOneWinner(teams, "team.name-taken");

        String user = users.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().body().getString("id");
        List<Reply> renames = race(i -> admin.patch("users/" + user, Json.createObjectBuilder().add("name",
                "Renamed " + i)
                .build(), null));
        assertNoServerError(renames);
        assertTrue(renames.stream().noneMatch(r -> r.status() == 412), statuses(renames).toString());
        List<Reply> roleRenames = race(i -> admin.patch("roles/" + role, Json.createObjectBuilder()
                .add("name", "Rep " + i).build(), null));
        assertNoServerError(roleRenames);
        assertTrue(roleRenames.stream().noneMatch(r -> r.status() == 412), statuses(roleRenames).toString());
    }

    private void raceWithPrecondition(String path, IntFunction<JsonObject> patch, String field) {
        Reply before = admin.get(path);
        long version = version(before);
        List<Reply> replies = race(i -> admin.patch(path, patch.apply(i), before.header("ETag")));
        assertNoServerError(replies);
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 412), path + statuses(replies));
        List<Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
        assertEquals(1, won.size(), path + " with one version read, exactly one writer wins " + statuses(replies));
        Reply after = admin.get(path);
        assertEquals(version + 1, version(after), path);
        assertEquals(won.getFirst().body().get(field), after.body().get(field), path);
    }

    private void raceWithoutPrecondition(String path, IntFunction<JsonObject> patch, String field) {
        long version = version(admin.get(path));
        List<Reply> replies = race(i -> admin.patch(path, patch.apply(i), null));
        assertNoServerError(replies);
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409),
                path + " no precondition sent, so never 412 " + statuses(replies));
        List<Reply> acknowledged = replies.stream().filter(r -> r.status() == 200).toList();
        assertTrue(!acknowledged.isEmpty(), path);
        Reply after = admin.get(path);
        assertEquals(version + acknowledged.size(), version(after), path + " every acknowledged write counted once");
        Set<Object> written = acknowledged.stream().map(r -> (Object) r.body().get(field)).collect(Collectors.toSet());
        assertTrue(written.contains(after.body().get(field)), path + " the stored state is an acknowledged write");
    }

    private List<Reply> race(IntFunction<Reply> write) {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<CompletableFuture<Reply>> writes = IntStream.range(0,
                WRITERS).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return write.apply(i);
        }, pool)).toList();
        return writes.stream().map(CompletableFuture::join).toList();
    }

    /** The process with its first stage's guidance changed, so that every writer submits a real change. */
    private static JsonObject withGuidance(JsonObject process, String guidance) {
        JsonArray stages = process.getJsonArray("stages");
        JsonArrayBuilder changed = Json.createArrayBuilder();
        for (int i = 0; i < stages.size(); i++) {
            JsonObject stage = stages.getJsonObject(i);
            changed.add(i == 0 ? Json.createObjectBuilder(stage).add("guidance", guidance).build() : stage);
        }
        return Json.createObjectBuilder(process).add("stages", changed).build();
    }

    private static JsonObject report(String progress) {
        return Json.createObjectBuilder().add("progress", progress).add("plan", "").add("obstacles", "")
                .add("timeZone", "Asia/Shanghai").build();
    }

    private static void assertOneWinner(List<Reply> replies, String conflictCode) {
        assertNoServerError(replies);
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), statuses(replies).toString());
        assertTrue(replies.stream().filter(r -> r.status() != 201)
                .allMatch(r -> r.status() == 409 && r.body().getString("code").equals(conflictCode)),
                replies.stream().map(r -> r.status() + " " + r.body()).toList().toString());
    }

    private static void assertNoServerError(List<Reply> replies) {
        assertTrue(replies.stream().noneMatch(r -> r.status() >= 500),
                replies.stream().filter(r -> r.status() >= 500).map(r -> r.body().toString()).toList().toString());
    }

    private static List<Integer> statuses(List<Reply> replies) {
        return replies.stream().map(Reply::status).sorted().toList();
    }

    private static long version(Reply reply) {
        assertEquals(200, reply.status(), reply.body().toString());
        return Long.parseLong(reply.header("ETag").replace("\"", ""));
    }

    private static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }
}
