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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Daily reports (own, the team's, who is missing, comments) and targets with attainment from won deals. */
class ReportsAndTargetsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "reports");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final TacitClient manager = Tenants.addUser(server, tenant, "mgr-" + System.nanoTime(), roles.get(2));
    private final TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), roles.get(3));
    private final TacitClient peer = Tenants.addUser(server, tenant, "peer-" + System.nanoTime(), roles.get(3));
    private final String repId = rep.get("me").body().getString("id");
    private final String today = LocalDate.now(SHANGHAI).toString();

    private JsonObject report(String progress) {
        return Json.createObjectBuilder().add("progress", progress).add("plan", "Visit two customers").add("obstacles",
                "")
                .add("timeZone", "Asia/Shanghai").build();
    }

    @Test
    void a_report_carries_a_summary_of_the_days_footprints_generated_when_read() {
        String account = Crm.account(rep, "Reported customer");
        // earlier today in Shanghai, whatever the hour: a footprint later than now would not be done yet
        ZonedDateTime now = ZonedDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        String at = (now.getHour() == 0 && now.getMinute() < 2 ? now : now.minusMinutes(1))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        rep.post("activities", activity("VISIT", account).add("occurredAt", at).build());
        rep.post("activities", activity("CALL", account).add("occurredAt", at).build());
        assertEquals(200, rep.put("daily-reports/" + today, report("Met the buyer")).status());
        rep.post("activities", activity("CALL", account).add("status", "PLANNED").add("occurredAt", at).build());

        JsonObject mine = items(rep.get("daily-reports?from=" + today + "&to=" + today)).getFirst();

        assertEquals("Met the buyer", mine.getString("progress"));
        JsonObject summary = mine.getJsonObject("summary");
        assertEquals(1, summary.getJsonObject("done").getInt("VISIT"));
        assertEquals(1, summary.getJsonObject("done").getInt("CALL"));
        assertEquals(1, summary.getJsonObject("planned").getInt("CALL"));
        assertEquals(1, summary.getInt("customers"));
    }

    @Test
    void the_manager_reads_and_comments_on_subordinates_reports_and_sees_who_has_not_reported_while_a_peer_cannot() {
        rep.put("daily-reports/" + today, report("Progress of the rep"));

        List<JsonObject> seen = items(manager.get("daily-reports?from=" + today + "&to=" + today));
        assertEquals(1, seen.size());
        Reply commented = manager.post("daily-reports/" + seen.getFirst().getString("id") + "/comments",
                Json.createObjectBuilder().add("body", "Good — bring the quote tomorrow").build());
        assertEquals(201, commented.status(), commented.body().toString());
        assertEquals(1, commented.body().getJsonArray("comments").size());

        List<String> missing = manager.get("daily-reports/missing?date=" + today).body().getJsonArray("users")
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).toList();
        assertTrue(!missing.contains(repId) && missing.contains(peer.get("me").body().getString("id")),
                missing.toString());
        assertEquals(422, peer.get("daily-reports?userId=" + repId).status());
        assertTrue(items(peer.get("daily-reports?from=" + today + "&to=" + today)).isEmpty());
        assertEquals(404, peer.post("daily-reports/" + seen.getFirst().getString("id") + "/comments",
                Json.createObjectBuilder().add("body", "peeking").build()).status());
    }

    @Test
    void a_report_for_a_future_day_or_without_progress_is_refused() {
        String tomorrow = LocalDate.now(SHANGHAI).plusDays(2).toString();

        assertEquals(List.of("date"), errorFields(rep.put("daily-reports/" + tomorrow, report("Too early"))));
        assertEquals(List.of("progress"), errorFields(rep.put("daily-reports/" + today, report("  "))));
        assertEquals(List.of("timeZone"), errorFields(rep.put("daily-reports/" + today, Json.createObjectBuilder()
                .add("progress", "x").add("timeZone", "Mars/Olympus").build())));
    }

    @Test
    void a_target_shows_attainment_from_deals_won_in_its_period_and_only_superiors_may_set_it() {
        String account = Crm.account(rep, "Target customer");
        String deal = Crm.opportunity(rep, account, "Won this month");
        Crm.meetDefaultProcess(rep, account, deal, today);
        String won = Crm.activeStages(admin).stream().filter(s -> s.getString("kind").equals("WON")).findFirst()
                .orElseThrow().getString("id");
        assertEquals(200, rep.post("opportunities/" + deal + "/stage", Crm.closing(rep, won, "WON")).status());
        String month = LocalDate.now(SHANGHAI).withDayOfMonth(1).toString();
        JsonObject target = Json.createObjectBuilder().add("subjectType", "USER").add("subjectId", repId)
                .add("periodKind", "MONTH")
                .add("periodStart", month).add("amount", 120000).add("currency", "CNY").build();

        assertEquals(403, rep.post("targets?timeZone=Asia/Shanghai", target).status(), "a rep lacks targets.manage");
        Reply created = manager.post("targets?timeZone=Asia/Shanghai", target);
        assertEquals(201, created.status(), created.body().toString());
        assertEquals(25, created.body().getInt("attainmentPercent"));
        assertEquals(409, manager.post("targets?timeZone=Asia/Shanghai", target).status());

        JsonObject mine = items(rep.get("targets?periodKind=MONTH&periodStart=" + month + "&timeZone=Asia/Shanghai"))
                .getFirst();
        assertEquals(0, new BigDecimal("30000").compareTo(mine.getJsonNumber("won").bigDecimalValue()));
        assertTrue(items(peer.get("targets?periodKind=MONTH&periodStart=" + month)).isEmpty());
    }

    @Test
    void a_team_target_on_a_role_counts_everyone_below_and_bad_periods_are_refused() {
        String month = LocalDate.now(SHANGHAI).withDayOfMonth(1).toString();
        Reply team = manager.post("targets", Json.createObjectBuilder().add("subjectType", "ROLE").add("subjectId",
                roles.get(2))
                .add("periodKind", "QUARTER").add("periodStart", LocalDate.now(SHANGHAI).withDayOfMonth(1)
                        .withMonth((LocalDate.now(SHANGHAI).getMonthValue() - 1) / 3 * 3 + 1).toString()).add("amount",
                                1000000).build());
        assertEquals(201, team.status(), team.body().toString());

        Reply unaligned = manager.post("targets", Json.createObjectBuilder().add("subjectType", "USER")
                .add("subjectId", repId)
                .add("periodKind", "MONTH").add("periodStart", month.substring(0, 8) + "15").add("amount", 1).build());
        assertEquals(List.of("periodStart"), errorFields(unaligned));
        Reply aboveMe = manager.post("targets", Json.createObjectBuilder().add("subjectType", "ROLE").add("subjectId",
                roles.get(0))
                .add("periodKind", "MONTH").add("periodStart", month).add("amount", 1).build());
        assertEquals(List.of("subjectId"), errorFields(aboveMe));
    }
}
