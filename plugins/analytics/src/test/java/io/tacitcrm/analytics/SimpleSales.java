package io.tacitcrm.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A process without stage requirements nor close reasons, so tests move deals freely, and the API calls the tests
 * repeat.
 */
final class SimpleSales {

    static final String[] STAGES = {"Lead", "Proposal", "Won", "Lost"};
    static final int[] PROBABILITY = {20, 60, 100, 0};

    private SimpleSales() {
    }

    /** Lead 20%, Proposal 60%, Won, Lost: the stage ids in that order. */
    static List<String> process(TacitClient admin) {
        JsonArrayBuilder stages = Json.createArrayBuilder();
        String[] kinds = {"OPEN", "OPEN", "WON", "LOST"};
        for (int i = 0; i < STAGES.length; i++) {
            stages.add(Json.createObjectBuilder().add("name", STAGES[i]).add("order", i + 1)
                    .add("probability", PROBABILITY[i]).add("kind", kinds[i]));
        }
        TacitClient.Reply process = admin.put("process", Json.createObjectBuilder().add("stages", stages).build());
        assertEquals(200, process.status(), process.body().toString());
        TacitClient.Reply noReasons = admin.put("process/close-reasons", Json.createObjectBuilder()
                .add("reasons", Json.createArrayBuilder()).build());
        assertEquals(200, noReasons.status(), noReasons.body().toString());
        List<String> ids = new ArrayList<>();
        for (String name : STAGES) {
            ids.add(process.body().getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("name").equals(name) && !s.getBoolean("retired", false))
                    .findFirst().orElseThrow().getString("id"));
        }
        return ids;
    }

    static void move(TacitClient client, String deal, String stage) {
        TacitClient.Reply moved = client.post("opportunities/" + deal + "/stage", Json.createObjectBuilder()
                .add("stageId", stage).build());
        assertEquals(200, moved.status(), moved.body().toString());
    }

    static String created(TacitClient.Reply reply) {
        assertEquals(201, reply.status(), reply.body().toString());
        return reply.body().getString("id");
    }
}
