package io.tacitcrm.it.crm;

import static io.tacitcrm.it.crm.Crm.activeStages;
import static io.tacitcrm.it.crm.Crm.activity;
import static io.tacitcrm.it.crm.Crm.errorFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient.Reply;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Opportunities move through the tenant's stages only when the target stage's requirements are met, and those of every
 * stage they would pass (unless the company lets deals skip it); reopening a closed deal takes a permission.
 */
class OpportunityStagesIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "stages");
    private final TacitClient admin = tenant.admin();
    private final String account = Crm.account(admin, "宁波海达物流有限公司");
    private final List<JsonObject> stages = activeStages(admin);

    private String stage(int index) {
        return stages.get(index).getString("id");
    }

    private Reply move(String opportunity, String stageId) {
        return admin.post("opportunities/" + opportunity + "/stage", Json.createObjectBuilder().add("stageId", stageId)
                .build());
    }

    @Test
    void a_new_opportunity_starts_in_the_first_open_stage_and_its_history_says_who_put_it_there() {
        String opportunity = Crm.opportunity(admin, account, "仓储系统升级");

        JsonObject read = admin.get("opportunities/" + opportunity).body();
        assertEquals(stage(0), read.getString("stageId"));
        List<JsonObject> history = Crm.items(admin.get("opportunities/" + opportunity + "/stage-history"));
        assertEquals(1, history.size());
        assertTrue(history.getFirst().isNull("fromStageId"));
        assertEquals(tenant.adminId(), history.getFirst().getString("byId"));
    }

    private String primaryContact(String opportunity) {
        String contact = Crm.contact(admin, account, "采购 王", "DECISION_MAKER");
        assertEquals(200, admin.patch("opportunities/" + opportunity, Json.createObjectBuilder()
                .add("primaryContactId", contact).build(), null).status());
        return contact;
    }

    @Test
    void a_move_with_unmet_requirements_answers_422_listing_each_of_the_stage_and_of_every_stage_passed() {
        String opportunity = Crm.opportunity(admin, account, "Cold storage");

        Reply refused = move(opportunity, stage(2));

        assertEquals(422, refused.status());
        assertEquals("stage.requirements-unmet", refused.body().getString("code"));
        assertEquals(List.of("primaryContactId", "amount", "closeDate", "activities"), errorFields(refused));
        assertTrue(refused.body().getJsonArray("errors").getJsonObject(0).getString("message")
                .startsWith("passing \"" + stages.get(1).getString("name") + "\""), refused.body()::toString);
        assertTrue(refused.body().getJsonArray("errors").getJsonObject(3).getString("message").contains("VISIT"));
        assertEquals(stage(0), admin.get("opportunities/" + opportunity).body().getString("stageId"));
        assertEquals(1, Crm.items(admin.get("opportunities/" + opportunity + "/stage-history")).size());
    }

    @Test
    void once_fields_are_filled_and_a_visit_is_done_the_move_succeeds_and_later_footprints_record_the_new_stage() {
        String opportunity = Crm.opportunity(admin, account, "Fleet tracking");
        primaryContact(opportunity);
        assertEquals(200, admin.patch("opportunities/" + opportunity, Json.createObjectBuilder().add("amount", 380000)
                .add("closeDate", "2027-03-31").build(), null).status());
        JsonObject visit = admin.post("activities", activity("VISIT", account).add("opportunityId", opportunity)
                .build()).body();
        assertEquals(stage(0), visit.getString("stageId"), "the footprint remembers the stage it was left in");

        Reply moved = move(opportunity, stage(2));

        assertEquals(200, moved.status(), moved.body().toString());
        assertEquals(stage(2), moved.body().getString("stageId"));
        JsonObject quote = admin.post("activities", activity("QUOTE", account).add("opportunityId", opportunity)
                .build()).body();
        assertEquals(stage(2), quote.getString("stageId"));
        List<JsonObject> history = Crm.items(admin.get("opportunities/" + opportunity + "/stage-history"));
        assertEquals(List.of(stage(0), stage(2)), history.stream().map(h -> h.getString("toStageId")).toList());
        assertEquals(stage(0), history.get(1).getString("fromStageId"));
    }

    @Test
    void a_planned_visit_does_not_count_towards_a_requirement() {
        String opportunity = Crm.opportunity(admin, account, "Planned only");
        primaryContact(opportunity);
        admin.patch("opportunities/" + opportunity, Json.createObjectBuilder().add("amount", 1000).add("closeDate",
                "2027-01-31").build(), null);
        admin.post("activities", activity("VISIT", account).add("status", "PLANNED").add("opportunityId", opportunity)
                .add("occurredAt", Instant.now().plus(Duration.ofDays(3)).toString()).build());

        assertEquals(List.of("activities"), errorFields(move(opportunity, stage(2))));
    }

    @Test
    void a_demo_with_a_decision_maker_requirement_is_met_only_by_a_demo_with_such_a_contact() {
        List<JsonObject> process = stages.stream().map(s -> Json.createObjectBuilder(s).remove("retired").build())
                .toList();
        var body = Json.createArrayBuilder();
        for (int i = 0; i < process.size(); i++) {
            var stage = Json.createObjectBuilder(process.get(i));
            if (i == 1) {
                stage.add("requiredFields", Json.createArrayBuilder()).add("requiredActivities",
                        Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "DEMO").add("min", 1).add("contactRole",
                                "DECISION_MAKER")));
            }
            body.add(stage);
        }
        assertEquals(200, admin.put("process", Json.createObjectBuilder().add("stages", body).build()).status());
        String opportunity = Crm.opportunity(admin, account, "Demo first");
        String engineer = Crm.contact(admin, account, "Engineer Xu", "EVALUATOR");
        String boss = Crm.contact(admin, account, "总经理 陈", "DECISION_MAKER");
        admin.post("activities", activity("DEMO", account).add("opportunityId", opportunity).add("contactId", engineer)
                .build());

        assertEquals(422, move(opportunity, stage(1)).status());

        admin.post("activities", activity("DEMO", account).add("opportunityId", opportunity).add("contactId", boss)
                .build());
        assertEquals(200, move(opportunity, stage(1)).status());
    }

    @Test
    void unknown_retired_and_foreign_stages_are_refused_with_a_field_error() {
        String opportunity = Crm.opportunity(admin, account, "Bad moves");
        Tenant other = Tenants.signUp(server, "stages-other");
        String foreignStage = activeStages(other.admin()).get(0).getString("id");

        assertEquals(List.of("stageId"), errorFields(move(opportunity, foreignStage)));
        assertEquals(List.of("stageId"), errorFields(move(opportunity, UUID.randomUUID().toString())));
        assertEquals(422, move(opportunity, "not-a-uuid").status());
        assertEquals(stage(0), admin.get("opportunities/" + opportunity).body().getString("stageId"));
    }

    @Test
    void amounts_and_dates_out_of_range_or_malformed_are_refused_field_by_field() {
        Reply bad = admin.post("opportunities", Json.createObjectBuilder().add("accountId", account).add("name", " ")
                .add("amount", -5).add("currency", "XXQ").add("closeDate", "next friday").build());

        assertEquals(422, bad.status());
        assertTrue(errorFields(bad).containsAll(List.of("name", "amount", "currency", "closeDate")), bad.body()
                .toString());
        Reply absurd = admin.post("opportunities", Json.createObjectBuilder().add("accountId", account).add("name",
                "Huge")
                .add("amount", new BigDecimal("1e20")).build());
        assertEquals(List.of("amount"), errorFields(absurd));
        assertEquals(0, Crm.items(admin.get("opportunities?accountId=" + account)).stream()
                .filter(o -> o.getString("name").equals("Huge")).count());
    }

    @Test
    void won_business_adds_to_the_accounts_lifetime_value() {
        String opportunity = Crm.opportunity(admin, account, "Signed");
        Crm.meetDefaultProcess(admin, account, opportunity, "2026-11-30");
        admin.patch("opportunities/" + opportunity, Json.createObjectBuilder().add("amount", 120000.5).build(), null);
        String won = stages.stream().filter(s -> s.getString("kind").equals("WON")).findFirst().orElseThrow()
                .getString("id");

        assertEquals(200, admin.post("opportunities/" + opportunity + "/stage", Crm.closing(admin, won, "WON"))
                .status());

        JsonObject value = admin.get("accounts/" + account).body().getJsonObject("lifetimeValue");
        assertEquals(0, new BigDecimal("120000.50").compareTo(value.getJsonNumber("CNY").bigDecimalValue()));
        assertTrue(!admin.get("opportunities/" + opportunity).body().isNull("closedAt"));
    }

    @Test
    void a_stage_the_company_lets_deals_skip_is_passed_without_its_requirements_but_entered_only_with_them() {
        var body = Json.createArrayBuilder();
        for (int i = 0; i < stages.size(); i++) {
            var stage = Json.createObjectBuilder(stages.get(i)).remove("retired");
            body.add(i == 1 ? stage.add("skippable", true) : stage);
        }
        Reply saved = admin.put("process", Json.createObjectBuilder().add("stages", body).build());
        assertEquals(200, saved.status(), saved.body()::toString);
        assertTrue(saved.body().getJsonArray("stages").getJsonObject(1).getBoolean("skippable"));
        String opportunity = Crm.opportunity(admin, account, "Skips qualification");
        admin.patch("opportunities/" + opportunity, Json.createObjectBuilder().add("amount", 5000).add("closeDate",
                "2027-02-28").build(), null);
        admin.post("activities", activity("VISIT", account).add("opportunityId", opportunity).build());

        assertEquals(200, move(opportunity, stage(2)).status(), "passing the skippable stage asks nothing of it");
        assertEquals(List.of("primaryContactId"), errorFields(move(opportunity, stage(1))), "entering it still does");
    }

    @Test
    void a_deal_opened_in_a_later_stage_passes_the_earlier_ones_and_a_lost_deal_passes_nothing() {
        Reply opened = admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Straight to quote").add("stageId", stage(2)).build());
        assertEquals(List.of("primaryContactId", "amount", "closeDate", "activities"), errorFields(opened));

        String opportunity = Crm.opportunity(admin, account, "Given up");
        String lost = stages.stream().filter(s -> s.getString("kind").equals("LOST")).findFirst().orElseThrow()
                .getString("id");
        assertEquals(200, admin.post("opportunities/" + opportunity + "/stage", Crm.closing(admin, lost, "LOST"))
                .status());
    }

    @Test
    void moving_a_deal_straight_to_won_lists_every_stage_it_would_skip_and_reopening_a_won_deal_takes_a_permission() {
        String opportunity = Crm.opportunity(admin, account, "Too quick");
        admin.patch("opportunities/" + opportunity, Json.createObjectBuilder().add("amount", 9000).add("closeDate",
                "2026-11-30").build(), null);
        String won = stages.stream().filter(s -> s.getString("kind").equals("WON")).findFirst().orElseThrow()
                .getString("id");
        Reply skipped = move(opportunity, won);
        assertEquals(422, skipped.status());
        assertEquals(List.of("primaryContactId", "activities", "activities"), errorFields(skipped),
                "a contact (Qualified), a visit (Solution & quote), a quote (Negotiation)");

        Crm.meetDefaultProcess(admin, account, opportunity, "2026-11-30");
        assertEquals(200, admin.post("opportunities/" + opportunity + "/stage", Crm.closing(admin, won, "WON"))
                .status());
        String rep = Tenants.defaultRoleChain(admin).getLast();
        TacitClient repClient = Tenants.addUser(server, tenant, "closer", rep);
        assertEquals(200, admin.patch("opportunities/" + opportunity, Json.createObjectBuilder()
                .add("ownerId", repClient.get("me").body().getString("id")).build(), null).status());
        Reply byRep = repClient.post("opportunities/" + opportunity + "/stage", Json.createObjectBuilder()
                .add("stageId", stage(3)).build());
        assertEquals(403, byRep.status(), "a rep may not reopen a won deal");
        assertEquals(200, move(opportunity, stage(3)).status(), "the administrator (above the managers) may");
        List<String> actions = Crm.items(admin.get("audit?entityType=opportunity&entityId=" + opportunity)).stream()
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("REOPEN"), actions::toString);
    }

    @Test
    void closing_a_deal_asks_one_of_the_companys_reasons_of_its_kind_and_reopening_clears_the_outcome() {
        String opportunity = Crm.opportunity(admin, account, "Lost to Hikvision");
        String lost = stages.stream().filter(s -> s.getString("kind").equals("LOST")).findFirst().orElseThrow()
                .getString("id");
        List<JsonObject> reasons = admin.get("process/close-reasons").body().getJsonArray("reasons")
                .getValuesAs(JsonObject.class);
        String wonReason = reasons.stream().filter(r -> r.getString("kind").equals("WON")).findFirst().orElseThrow()
                .getString("id");
        JsonObject lostReason = reasons.stream().filter(r -> r.getString("kind").equals("LOST")).skip(1).findFirst()
                .orElseThrow();

        assertEquals(List.of("closeReasonId"), errorFields(move(opportunity, lost)));
        assertEquals(List.of("closeReasonId"), errorFields(admin.post("opportunities/" + opportunity + "/stage",
                Json.createObjectBuilder().add("stageId", lost).add("closeReasonId", wonReason).build())),
                "a won reason does not close a lost deal");
        assertEquals(List.of("competitor"), errorFields(admin.post("opportunities/" + opportunity + "/stage",
                Json.createObjectBuilder().add("stageId", lost).add("closeReasonId", lostReason.getString("id"))
                        .add("competitor", "x".repeat(201)).build())));
        Reply closed = admin.post("opportunities/" + opportunity + "/stage", Json.createObjectBuilder()
                .add("stageId", lost).add("closeReasonId", lostReason.getString("id"))
                .add("competitor", " 海康威视 ")
                .build());
        assertEquals(200, closed.status(), closed.body()::toString);
        assertEquals(lostReason.getString("label"), closed.body().getString("closeReason"));
        assertEquals("海康威视", closed.body().getString("competitor"));

        JsonObject reopened = move(opportunity, stage(0)).body();
        assertTrue(reopened.isNull("closeReason") && reopened.isNull("competitor"), reopened::toString);
    }

    @Test
    void the_reason_lists_are_the_companys_to_edit_and_a_reason_taken_off_still_names_the_deals_closed_with_it() {
        List<JsonObject> before = admin.get("process/close-reasons").body().getJsonArray("reasons")
                .getValuesAs(JsonObject.class);
        JsonObject price = before.stream().filter(r -> r.getString("kind").equals("LOST")).findFirst().orElseThrow();
        String opportunity = Crm.opportunity(admin, account, "Too expensive");
        String lost = stages.stream().filter(s -> s.getString("kind").equals("LOST")).findFirst().orElseThrow()
                .getString("id");
        assertEquals(200, admin.post("opportunities/" + opportunity + "/stage", Json.createObjectBuilder()
                .add("stageId", lost).add("closeReasonId", price.getString("id")).build()).status());

        Reply duplicate = admin.put("process/close-reasons", Json.createObjectBuilder().add("reasons",
                Json.createArrayBuilder().add(reason("LOST", "Budget")).add(reason("LOST", " budget "))).build());
        assertEquals(List.of("reasons[1].label"), errorFields(duplicate));
        Reply replaced = admin.put("process/close-reasons", Json.createObjectBuilder().add("reasons",
                Json.createArrayBuilder().add(reason("WON", "Best service")).add(reason("LOST", "Budget cut")))
                .build());
        assertEquals(200, replaced.status(), replaced.body()::toString);
        assertEquals(List.of("Best service", "Budget cut"), replaced.body().getJsonArray("reasons")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("label")).toList());
        assertEquals(price.getString("label"), admin.get("opportunities/" + opportunity).body()
                .getString("closeReason"), "the deal keeps the reason it was closed with");

        Tenant other = Tenants.signUp(server, "stages-reasons");
        assertEquals(422, other.admin().put("process/close-reasons", Json.createObjectBuilder().add("reasons",
                Json.createArrayBuilder().add(Json.createObjectBuilder(reason("LOST", "Stolen"))
                        .add("id", price.getString("id")))).build()).status(), "another company's reason id");
        String rep = Tenants.defaultRoleChain(admin).getLast();
        TacitClient repClient = Tenants.addUser(server, tenant, "lister", rep);
        assertEquals(403, repClient.put("process/close-reasons", Json.createObjectBuilder().add("reasons",
                Json.createArrayBuilder()).build()).status());
    }

    private static JsonObject reason(String kind, String label) {
        return Json.createObjectBuilder().add("kind", kind).add("label", label).build();
    }

    @Test
    void a_visit_left_on_the_customer_alone_is_named_in_the_refusal_and_counts_once_linked_to_the_deal() {
        String opportunity = Crm.opportunity(admin, account, "Visited but not linked");
        primaryContact(opportunity);
        admin.patch("opportunities/" + opportunity, Json.createObjectBuilder().add("amount", 7000).add("closeDate",
                "2027-05-31").build(), null);
        String visit = Crm.created(admin.post("activities", activity("VISIT", account).build()));

        Reply refused = move(opportunity, stage(2));
        assertEquals(List.of("activities"), errorFields(refused));
        assertTrue(refused.body().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("1 more on the customer, not linked to this deal"), refused.body()::toString);

        String elsewhere = Crm.account(admin, "Another customer");
        String otherDeal = Crm.opportunity(admin, elsewhere, "Elsewhere");
        assertEquals(List.of("opportunityId"), errorFields(admin.post("activities/" + visit + "/opportunity",
                Json.createObjectBuilder().add("opportunityId", otherDeal).build())), "not this customer's deal");
        Reply linked = admin.post("activities/" + visit + "/opportunity", Json.createObjectBuilder()
                .add("opportunityId", opportunity).build());
        assertEquals(200, linked.status(), linked.body()::toString);
        assertEquals(opportunity, linked.body().getString("opportunityId"));
        String sibling = Crm.opportunity(admin, account, "Sibling deal");
        assertEquals(409, admin.post("activities/" + visit + "/opportunity", Json.createObjectBuilder()
                .add("opportunityId", sibling).build()).status(), "a footprint belongs to one deal");

        assertEquals(200, move(opportunity, stage(2)).status());
    }

    @Test
    void a_requirement_counting_the_customers_footprints_takes_a_visit_logged_before_the_deal_but_not_another_deals() {
        List<JsonObject> process = stages.stream().map(st -> Json.createObjectBuilder(st).remove("retired").build())
                .toList();
        var body = Json.createArrayBuilder();
        for (int i = 0; i < process.size(); i++) {
            var stage = Json.createObjectBuilder(process.get(i));
            if (i == 1) {
                stage.add("requiredFields", Json.createArrayBuilder()).add("requiredActivities",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "VISIT").add("min", 2)
                                .add("counted", "ON_CUSTOMER")));
            }
            body.add(stage);
        }
        Reply saved = admin.put("process", Json.createObjectBuilder().add("stages", body).build());
        assertEquals(200, saved.status(), saved.body()::toString);
        assertEquals("ON_CUSTOMER", admin.get("process").body().getJsonArray("stages").getJsonObject(1)
                .getJsonArray("requiredActivities").getJsonObject(0).getString("counted"));
        Crm.created(admin.post("activities", activity("VISIT", account).build())); // before any deal
        String other = Crm.opportunity(admin, account, "Another deal");
        Crm.created(admin.post("activities", activity("VISIT", account).add("opportunityId", other).build()));
        String opportunity = Crm.opportunity(admin, account, "Counts the customer's visits");

        Reply short1 = move(opportunity, stage(1));
        assertEquals(422, short1.status(), "the other deal's visit does not count: 1 of 2");
        assertTrue(short1.body().getJsonArray("errors").getJsonObject(0).getString("message").contains("has 1"),
                short1.body()::toString);
        Crm.created(admin.post("activities", activity("VISIT", account).add("opportunityId", opportunity).build()));
        assertEquals(200, move(opportunity, stage(1)).status(), "the deal's own visit and the customer's loose one");

        Reply bad = admin.put("process", Json.createObjectBuilder().add("stages", Json.createArrayBuilder(
                admin.get("process").body().getJsonArray("stages").stream().map(st -> Json.createObjectBuilder(
                        st.asJsonObject()).remove("retired").add("requiredActivities", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "VISIT").add("counted", "ANYWHERE"))).build())
                        .toList())).build());
        assertEquals(422, bad.status());
        assertTrue(errorFields(bad).contains("stages[0].requiredActivities[0].counted"), bad.body()::toString);
    }
}
