package io.tacitcrm.it.crm;

import static io.tacitcrm.it.crm.Crm.activity;
import static io.tacitcrm.it.crm.Crm.errorFields;
import static io.tacitcrm.it.crm.Crm.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contacts and footprints follow their account; the timeline and the day view show what the caller may see. */
class FootprintsAndContactsIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "footprints");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), roles.getLast());
    private final TacitClient peer = Tenants.addUser(server, tenant, "peer-" + System.nanoTime(), roles.getLast());

    @Test
    void accounts_are_found_by_a_contacts_chinese_name_or_phone() {
        String account = Crm.account(rep, "苏州工业园区某公司");
        Crm.contact(rep, account, "欧阳晓明", "DECISION_MAKER");

        assertEquals(List.of(account), ids(rep.get("accounts?q=" + encode("晓明"))));
        assertEquals(List.of(account), ids(rep.get("accounts?q=" + encode("0000 1234"))));
        assertEquals(List.of(), ids(peer.get("accounts?q=" + encode("晓明"))), "a peer's customer stays invisible");
    }

    @Test
    void contacts_of_an_invisible_account_are_not_found_and_cannot_be_added() {
        String account = Crm.account(rep, "Rep's own customer");
        String contact = Crm.contact(rep, account, "Li Lei", "CHAMPION");

        assertEquals(404, peer.get("contacts/" + contact).status());
        assertEquals(404, peer.get("contacts?accountId=" + account).status());
        assertEquals(404, peer.post("contacts", Json.createObjectBuilder().add("accountId", account).add("name", "Spy")
                .build()).status());
        assertEquals(404, peer.patch("contacts/" + contact, Json.createObjectBuilder().add("name", "Renamed").build(),
                null).status());
        assertEquals("Li Lei", rep.get("contacts/" + contact).body().getString("name"));
    }

    @Test
    void script_in_a_contact_name_is_kept_as_text_and_bad_fields_are_reported_together() {
        String account = Crm.account(rep, "<b>Bold</b> Ltd");
        String name = "<script>alert('x')</script>";

        String contact = Crm.contact(rep, account, name, "USER");
        assertEquals(name, rep.get("contacts/" + contact).body().getString("name"));
        Reply bad = rep.post("contacts", Json.createObjectBuilder().add("accountId", account).add("name",
                "x".repeat(101))
                .add("email", "not-an-email").add("phone", "call me").add("decisionRole", "KING").build());
        assertEquals(422, bad.status());
        assertEquals(List.of("decisionRole", "name", "phone", "email"), errorFields(bad));
    }

    @Test
    void a_footprint_with_a_contact_of_another_account_is_refused_and_nothing_is_logged() {
        String mine = Crm.account(rep, "Mine");
        String other = Crm.account(rep, "Other");
        String otherContact = Crm.contact(rep, other, "Wrong person", "USER");

        Reply refused = rep.post("activities", activity("CALL", mine).add("contactId", otherContact).build());

        assertEquals(422, refused.status());
        assertEquals(List.of("contactId"), errorFields(refused));
        assertTrue(items(rep.get("accounts/" + mine + "/timeline")).isEmpty());
    }

    @Test
    void a_footprint_needs_a_valid_type_subject_time_and_duration() {
        String account = Crm.account(rep, "Strict");
        Reply bad = rep.post("activities", Json.createObjectBuilder().add("type", "LUNCH").add("subject", "")
                .add("occurredAt", "yesterday").add("durationMinutes", 5000).add("accountId", account).build());

        assertEquals(422, bad.status());
        assertTrue(errorFields(bad).containsAll(List.of("type", "occurredAt", "subject", "durationMinutes")),
                bad.body().toString());
    }

    @Test
    void the_timeline_shows_footprints_newest_first_and_pages_with_a_cursor() {
        String account = Crm.account(rep, "Timeline Co");
        for (int day = 10; day <= 14; day++) {
            Crm.created(rep.post("activities", activity("CALL", account).add("occurredAt", "2026-11-" + day
                    + "T09:00:00+08:00").build()));
        }

        Reply first = rep.get("accounts/" + account + "/timeline?limit=3");
        List<String> times = items(first).stream().map(a -> a.getString("occurredAt")).toList();
        assertEquals(List.of("2026-11-14T01:00:00Z", "2026-11-13T01:00:00Z", "2026-11-12T01:00:00Z"), times);
        Reply second = rep.get("accounts/" + account + "/timeline?limit=3&cursor=" + first.body()
                .getString("nextCursor"));
        assertEquals(2, items(second).size());
        assertEquals(404, peer.get("accounts/" + account + "/timeline").status());
    }

    @Test
    void the_day_view_lists_ones_own_plan_and_a_manager_may_read_a_subordinates_but_not_a_peer() {
        String account = Crm.account(rep, "Plans");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        rep.post("activities", activity("VISIT", account).add("status", "PLANNED").add("occurredAt",
                tomorrow + "T10:00:00+08:00").build());
        TacitClient manager = Tenants.addUser(server, tenant, "mgr-" + System.nanoTime(), roles.get(roles.size() - 2));
        String repId = rep.get("me").body().getString("id");
        String window = "&from=" + encode(tomorrow + "T00:00:00+08:00") + "&to=" + encode(tomorrow.plusDays(1)
                + "T00:00:00+08:00");

        assertEquals(1, items(rep.get("activities?" + window.substring(1))).size());
        assertEquals(1, items(manager.get("activities?ownerId=" + repId + window)).size());
        assertEquals(422, peer.get("activities?ownerId=" + repId).status());
    }

    @Test
    void the_owner_of_a_footprint_may_correct_it_and_a_peer_may_not_touch_it() {
        String account = Crm.account(rep, "Corrections");
        JsonObject call = rep.post("activities", activity("CALL", account).build()).body();
        String id = call.getString("id");

        Reply corrected = rep.patch("activities/" + id, Json.createObjectBuilder().add("outcome", "Agreed on a demo")
                .add("durationMinutes", 25).build(), "\"1\"");

        assertEquals(200, corrected.status(), corrected.body().toString());
        assertEquals("Agreed on a demo", corrected.body().getString("outcome"));
        assertEquals(404, peer.delete("activities/" + id, null).status());
        assertEquals(204, rep.delete("activities/" + id, "\"2\"").status());
    }

    @Test
    void the_audit_log_records_creates_updates_deletes_and_stage_changes_and_is_for_administrators_only() {
        String account = Crm.account(rep, "Audited");
        String opportunity = Crm.opportunity(rep, account, "Audited deal");
        rep.patch("opportunities/" + opportunity, Json.createObjectBuilder().add("nextStep", "Call back").build(),
                null);
        String stage = Crm.activeStages(admin).stream().filter(s -> s.getString("kind").equals("LOST")).findFirst()
                .orElseThrow().getString("id");
        assertEquals(200, rep.post("opportunities/" + opportunity + "/stage", Crm.closing(rep, stage, "LOST"))
                .status());

        List<String> actions = items(admin.get("audit?entityType=opportunity&entityId=" + opportunity)).stream()
                .map(e -> e.getString("action")).toList();

        assertEquals(List.of("STAGE_CHANGE", "UPDATE", "CREATE"), actions);
        assertEquals(403, rep.get("audit").status());
    }

    private static List<String> ids(Reply reply) {
        return items(reply).stream().map(o -> o.getString("id")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void a_planned_footprint_is_marked_done_with_its_outcome_once_and_never_in_the_future() {
        String account = Crm.account(rep, "Completion");
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        JsonObject planned = rep.post("activities", activity("VISIT", account).add("status", "PLANNED")
                .add("occurredAt", tomorrow.toString()).build()).body();

        Reply done = rep.post("activities/" + planned.getString("id") + "/completion", Json.createObjectBuilder()
                .add("outcome", "Signed the pilot").build());
        assertEquals(200, done.status(), done.body()::toString);
        assertEquals("DONE", done.body().getString("status"));
        assertEquals("Signed the pilot", done.body().getString("outcome"));
        assertTrue(Instant.parse(done.body().getString("occurredAt")).isBefore(tomorrow),
                "done early: it happened now, not tomorrow");
        assertEquals(409, rep.post("activities/" + planned.getString("id") + "/completion",
                Json.createObjectBuilder().add("outcome", "again").build()).status());
        assertEquals(404, peer.post("activities/" + planned.getString("id") + "/completion",
                Json.createObjectBuilder().add("outcome", "not mine").build()).status());
    }
}
