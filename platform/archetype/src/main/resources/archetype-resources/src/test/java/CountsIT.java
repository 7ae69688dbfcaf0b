package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.testkit.Company;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitPluginTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugin in a real server, from target/classes (the plugin test kit; run with
 * {@code mvn verify -Dtacit.testkit.server=<a Tacit server's wlp folder>}): each test gets a new company with the
 * plugin switched on.
 */
@TacitPluginTest
class CountsIT {

    @Test
    void a_footprint_counts_for_its_customer_and_a_rep_sees_only_his_own(Company company) throws Exception {
        TacitClient rep = company.addRep("rep-" + System.nanoTime());
        String mine = account(rep, "Rep's customer");
        String theirs = account(company.admin(), "Admin's customer");
        footprint(rep, mine);
        footprint(company.admin(), theirs);

        assertEquals(List.of(mine), awaitCounted(rep, 1));
        assertEquals(2, awaitCounted(company.admin(), 2).size());
    }

    private static String account(TacitClient owner, String name) {
        return owner.post("accounts", Json.createObjectBuilder().add("name", name).build()).body().getString("id");
    }

    private static void footprint(TacitClient owner, String account) {
        owner.post("activities", Json.createObjectBuilder().add("type", "VISIT").add("status", "DONE")
                .add("subject", "Visit").add("occurredAt", Instant.now().toString()).add("accountId", account)
                .build());
    }

    /** The counted customers once there are {@code size} (listeners run after the footprint is saved). */
    private static List<String> awaitCounted(TacitClient user, int size) throws InterruptedException {
        List<String> counted = List.of();
        for (int i = 0; i < 100 && counted.size() != size; i++) {
            Thread.sleep(100);
            counted = user.get("x/${pluginId}/counts").body().getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().map(c -> c.getString("customerId")).toList();
        }
        return counted;
    }
}
