package io.tacitcrm.it.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.LocalMail.Mail;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reminders over HTTP: raised when they fall due in the user's own time zone, gone once their cause is (the follow-up
 * done, the deal moved on, the report written), read one by one or all at once, mailed as a morning digest once a
 * day; handovers told to the new owner.
 */
class RemindersIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "reminders");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final String repName = "rep-" + System.nanoTime();
    private final TacitClient rep = Tenants.addUser(server, tenant, repName, roles.getLast());
    private final TacitClient peer = Tenants.addUser(server, tenant, "peer-" + System.nanoTime(), roles.getLast());

    @Test
    void a_follow_up_due_today_is_reminded_until_it_is_done() {
        ZoneId zone = zoneWhereItIs(6, 16).orElseThrow(); // before any evening's report reminder
        useZone(rep, zone);
        String account = account(rep, "Hangzhou Tea Co");
        String planned = created(rep.post("activities?timeZone=" + encode(zone), Json.createObjectBuilder()
                .add("type", "VISIT").add("status", "PLANNED").add("subject", "Bring the new price list")
                .add("occurredAt", Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS)
                        .toString()).add("accountId", account).build()));

        JsonObject reminder = only(rep, "FOLLOW_UP");
        assertEquals(planned, reminder.getString("subjectId"));
        assertEquals("Bring the new price list", reminder.getString("title"));
        assertEquals("Hangzhou Tea Co", reminder.getString("detail"));
        assertEquals(account, reminder.getString("customerId"));
        assertFalse(reminder.getBoolean("read"));
        assertEquals(1, unread(rep));
        assertEquals(0, unread(peer), "another rep is not reminded of it");

        Reply done = rep.post("activities/" + planned + "/completion", Json.createObjectBuilder()
                .add("outcome", "Price list accepted").build());
        assertEquals(200, done.status(), done.body().toString());
        assertEquals(List.of(), kinds(rep), "a done follow-up is no longer a reminder");
        assertEquals(0, unread(rep));
    }

    @Test
    void a_deal_stuck_in_its_stage_longer_than_the_company_allows_is_reminded_until_it_moves_on() {
        String account = account(rep, "Ningbo Port Logistics");
        String deal = created(rep.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Cold-chain tracking").build()));
        assertEquals(List.of(), kinds(rep), "a new deal is not stuck");
        Sql.update(server.superuser(), "update opportunity set stage_entered_at = now() - interval '20 days'"
                + " where id = ?::uuid", deal);
        Reply strict = admin.put("reminder-policy", Json.createObjectBuilder().add("stallDays", 30).build());
        assertEquals(200, strict.status(), strict.body().toString());
        assertEquals(List.of(), kinds(rep), "20 days is within the company's 30");

        assertEquals(200, admin.put("reminder-policy", Json.createObjectBuilder().add("stallDays", 14).build())
                .status());
        JsonObject stuck = only(rep, "DEAL_STALLED");
        assertEquals(deal, stuck.getString("subjectId"));
        assertEquals("Cold-chain tracking", stuck.getString("title"));
        assertFalse(stuck.getString("detail").isBlank(), "the stage is named");

        String lost = rep.get("process").body().getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("kind").equals("LOST")).findFirst().orElseThrow().getString("id");
        String reason = rep.get("process/close-reasons").body().getJsonArray("reasons")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("kind").equals("LOST")).findFirst()
                .orElseThrow().getString("id");
        Reply moved = rep.post("opportunities/" + deal + "/stage", Json.createObjectBuilder().add("stageId", lost)
                .add("closeReasonId", reason).build());
        assertEquals(200, moved.status(), moved.body().toString());
        assertEquals(List.of(), kinds(rep), "a closed deal is no longer stuck");
    }

    @Test
    void the_company_limits_are_changed_by_process_managers_within_range() {
        assertEquals(403, rep.put("reminder-policy", Json.createObjectBuilder().add("stallDays", 3).build())
                .status());
        Reply bad = admin.put("reminder-policy", Json.createObjectBuilder().add("stallDays", 0).add("reportHour", 9)
                .build());
        assertEquals(422, bad.status());
        assertEquals(List.of("stallDays", "reportHour"), fields(bad));
        Reply read = rep.get("reminder-policy");
        assertEquals(14, read.body().getInt("stallDays"), "nothing was changed");
        assertEquals(18, read.body().getInt("reportHour"));
    }

    @Test
    void an_evening_without_a_daily_report_is_reminded_until_the_report_is_written() {
        Optional<ZoneId> evening = zoneWhereItIs(18, 23).filter(z -> weekday(z));
        assumeTrue(evening.isPresent(), "no time zone has a working day's evening now");
        useZone(rep, evening.get());
        String account = account(rep, "Suzhou Silk");
        created(rep.post("activities", Json.createObjectBuilder().add("type", "CALL").add("status", "DONE")
                .add("subject", "Called the buyer").add("occurredAt", Instant.now().minus(Duration.ofHours(1))
                        .truncatedTo(ChronoUnit.SECONDS).toString()).add("accountId", account).build()));
        LocalDate today = LocalDate.now(evening.get());

        JsonObject reminder = only(rep, "REPORT_MISSING");
        assertEquals(today.toString(), reminder.getString("occasion"));
        assertEquals(List.of(), kinds(peer), "a user with no footprints lately is not asked for a report");

        Reply report = rep.put("daily-reports/" + today, Json.createObjectBuilder().add("progress", "Called Suzhou")
                .add("plan", "Visit").add("obstacles", "None").add("timeZone", evening.get().getId()).build());
        assertEquals(200, report.status(), report.body().toString());
        assertEquals(List.of(), kinds(rep));
    }

    @Test
    void a_customer_handed_over_and_a_bulk_transfer_are_told_to_the_new_owner_once() {
        String repId = rep.get("me").body().getString("id");
        String account = account(admin, "Wuxi Robotics");
        Reply handed = admin.patch("accounts/" + account, Json.createObjectBuilder().add("ownerId", repId).build(),
                null);
        assertEquals(200, handed.status(), handed.body().toString());
        JsonObject reminder = only(rep, "HANDED_OVER");
        assertEquals("Wuxi Robotics", reminder.getString("title"));
        assertEquals("Admin " + tenant.workspace(), reminder.getString("detail"));

        account(admin, "Changzhou Motors");
        account(admin, "Nantong Textiles");
        Reply transfer = admin.post("transfers", Json.createObjectBuilder().add("criteria", Json.createObjectBuilder()
                .add("ownerIds", Json.createArrayBuilder().add(tenant.adminId()))).add("toUserId", repId).build());
        assertEquals(201, transfer.status(), transfer.body().toString());
        List<JsonObject> both = items(rep.get("me/notifications"));
        assertEquals(List.of("TRANSFERRED", "HANDED_OVER"), both.stream().map(r -> r.getString("kind")).toList(),
                "newest first");
        JsonObject transferred = both.getFirst();
        assertEquals("2", transferred.getString("title"));
        assertEquals(List.of(), kinds(admin), "who handed over is not reminded of it");
    }

    @Test
    void reminders_are_read_one_by_one_or_all_at_once_and_only_by_their_user() {
        String repId = rep.get("me").body().getString("id");
        for (String name : List.of("Hefei Glass", "Wuhu Steel")) {
            String account = account(admin, name);
            admin.patch("accounts/" + account, Json.createObjectBuilder().add("ownerId", repId).build(), null);
        }
        List<JsonObject> reminders = items(rep.get("me/notifications"));
        assertEquals(2, reminders.size());
        assertEquals(2, unread(rep));
        String first = reminders.getFirst().getString("id");

        assertEquals(404, peer.post("me/notifications/" + first + "/read", Json.createObjectBuilder().build())
                .status(), "another user's reminder is not found");
        assertEquals(404, rep.post("me/notifications/" + UUID.randomUUID() + "/read", Json.createObjectBuilder()
                .build()).status());
        assertEquals(204, rep.post("me/notifications/" + first + "/read", Json.createObjectBuilder().build())
                .status());
        assertEquals(1, unread(rep));
        assertEquals(1, items(rep.get("me/notifications?unread=true")).size());
        assertEquals(2, items(rep.get("me/notifications")).size(), "a read reminder stays in the list");

        Reply all = rep.post("me/notifications/read", Json.createObjectBuilder().build());
        assertEquals(1, all.body().getInt("marked"));
        assertEquals(0, unread(rep));
    }

    @Test
    void reminder_settings_refuse_an_unknown_zone_and_a_missing_choice() {
        Reply bad = rep.put("me/reminder-settings", Json.createObjectBuilder().add("timeZone", "Mars/Olympus")
                .addNull("digest").build());
        assertEquals(422, bad.status());
        assertEquals(List.of("timeZone", "digest"), fields(bad));
        Reply fine = rep.put("me/reminder-settings", Json.createObjectBuilder().add("timeZone", "Asia/Urumqi")
                .add("digest", false).build());
        assertEquals(200, fine.status(), fine.body().toString());
        assertEquals("Asia/Urumqi", fine.body().getString("effectiveTimeZone"));
    }

    @Test
    void the_morning_digest_lists_what_stands_and_goes_out_once_a_day() throws Exception {
        ZoneId zone = zoneWhereItIs(7, 21).orElseThrow();
        String email = repName + "@" + tenant.workspace() + ".example";
        String account = account(rep, "Jiaxing <Textiles>");
        created(rep.post("activities?timeZone=" + encode(zone), Json.createObjectBuilder().add("type", "CALL")
                .add("status", "PLANNED").add("subject", "Confirm the order").add("occurredAt", Instant.now()
                        .plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("accountId", account).build()));
        Reply on = rep.put("me/reminder-settings", Json.createObjectBuilder().add("timeZone", zone.getId())
                .add("digest", true).build());
        assertEquals(200, on.status(), on.body().toString());

        Mail digest = server.mail().awaitMail(email, m -> m.subject().contains("reminders"), Duration.ofSeconds(20));
        assertTrue(digest.text().contains("Confirm the order — Jiaxing <Textiles>"), digest.text());
        assertTrue(digest.html().contains("Jiaxing &lt;Textiles&gt;"), "the customer's name is escaped in HTML");
        assertTrue(digest.link().endsWith("/my-day"), digest.link());
        Thread.sleep(3000); // several sweeps of a second each
        assertEquals(1, server.mail().countTo(email), "one digest a day");
    }

    private static boolean weekday(ZoneId zone) {
        DayOfWeek day = ZonedDateTime.now(zone).getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * A zone whose local hour is now between {@code from} and {@code to} and stays so for the next 40 minutes
     * (whole-hour offsets only).
     */
    private static Optional<ZoneId> zoneWhereItIs(int from, int to) {
        for (int offset = -12; offset <= 14; offset++) {
            ZoneId zone = ZoneId.of(offset == 0 ? "UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
            ZonedDateTime now = ZonedDateTime.now(zone);
            ZonedDateTime later = now.plusMinutes(40);
            if (now.getHour() >= from && later.getHour() <= to && later.toLocalDate().equals(now.toLocalDate())) {
                return Optional.of(zone);
            }
        }
        return Optional.empty();
    }

    private static String encode(ZoneId zone) {
        return URLEncoder.encode(zone.getId(), StandardCharsets.UTF_8);
    }

    private static void useZone(TacitClient client, ZoneId zone) {
        Reply set = client.put("me/reminder-settings", Json.createObjectBuilder().add("timeZone", zone.getId())
                .add("digest", false).build());
        assertEquals(200, set.status(), set.body().toString());
    }

    private static String account(TacitClient client, String name) {
        return created(client.post("accounts", Json.createObjectBuilder().add("name", name).build()));
    }

    private static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }

    private static JsonObject only(TacitClient client, String kind) {
        List<JsonObject> reminders = items(client.get("me/notifications"));
        assertEquals(List.of(kind), reminders.stream().map(r -> r.getString("kind")).toList());
        return reminders.getFirst();
    }

    private static List<String> kinds(TacitClient client) {
        return items(client.get("me/notifications")).stream().map(r -> r.getString("kind")).toList();
    }

    private static int unread(TacitClient client) {
        Reply reply = client.get("me/notifications/unread-count");
        assertEquals(200, reply.status(), () -> reply.body().toString());
        return reply.body().getInt("unread");
    }

    private static List<JsonObject> items(Reply reply) {
        assertEquals(200, reply.status(), () -> reply.body().toString());
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> fields(Reply reply) {
        return reply.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }
}
