package io.tacitcrm.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Small steps the CRM tests share: create records through the API and read lists. */
final class Crm {

    private Crm() {
    }

    static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }

    static String account(TacitClient client, String name) {
        return created(client.post("accounts", Json.createObjectBuilder().add("name", name).build()));
    }

    static String contact(TacitClient client, String accountId, String name, String role) {
        return created(client.post("contacts", Json.createObjectBuilder().add("accountId", accountId).add("name", name)
                .add("phone", "+86 138 0000 1234").add("decisionRole", role).build()));
    }

    static String opportunity(TacitClient client, String accountId, String name) {
        return created(client.post("opportunities", Json.createObjectBuilder().add("accountId", accountId).add("name",
                name).build()));
    }

    static JsonObjectBuilder activity(String type, String accountId) {
        return Json.createObjectBuilder().add("type", type).add("status", "DONE").add("subject", type
                + " at the customer")
                .add("occurredAt", "2026-11-20T10:00:00+08:00").add("accountId", accountId);
    }

    /**
     * Gives a deal what the default process asks on the way to Won: a primary contact, amount and close date, a done
     * visit and a done quote (a deal may pass no stage whose requirements it does not meet).
     */
    static void meetDefaultProcess(TacitClient client, String accountId, String deal, String closeDate) {
        String contact = contact(client, accountId, "决策人 " + deal.substring(0, 4), "DECISION_MAKER");
        Reply patched = client.patch("opportunities/" + deal, Json.createObjectBuilder().add("primaryContactId",
                contact).add("amount", 30000).add("closeDate", closeDate).build(), null);
        assertEquals(200, patched.status(), () -> patched.body().toString());
        for (String type : List.of("VISIT", "QUOTE")) {
            created(client.post("activities", activity(type, accountId).add("opportunityId", deal).build()));
        }
    }

    /** A move into a won or lost stage, with the first of the company's reasons of that kind. */
    static JsonObject closing(TacitClient client, String stageId, String kind) {
        Reply reasons = client.get("process/close-reasons");
        assertEquals(200, reasons.status(), () -> reasons.body().toString());
        String reason = reasons.body().getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kind").equals(kind)).findFirst().orElseThrow().getString("id");
        return Json.createObjectBuilder().add("stageId", stageId).add("closeReasonId", reason).build();
    }

    /** The process's stage ids in order, active stages only. */
    static List<JsonObject> activeStages(TacitClient client) {
        Reply reply = client.get("process");
        assertEquals(200, reply.status(), () -> reply.body().toString());
        return reply.body().getJsonArray("stages").getValuesAs(JsonObject.class).stream().filter(s
                -> !s.getBoolean("retired")).toList();
    }

    static List<JsonObject> items(Reply reply) {
        assertEquals(200, reply.status(), () -> reply.body().toString());
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static List<String> errorFields(Reply reply) {
        return reply.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e
                -> e.getString("field")).toList();
    }
}
