package io.tacitcrm.it.crm;

import static io.tacitcrm.it.crm.Crm.activity;
import static io.tacitcrm.it.crm.Crm.created;
import static io.tacitcrm.it.crm.Crm.errorFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a footprint was logged: given with it or when it is marked done, checked, kept, never edited after. */
class FootprintLocationIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "location");
    private final TacitClient admin = tenant.admin();

    @Test
    void a_visit_keeps_the_position_it_was_logged_at_and_an_edit_leaves_it_alone() {
        String account = Crm.account(admin, "West Lake Tea");
        String visit = created(admin.post("activities", activity("VISIT", account).add("location", position(30.2590,
                120.1300, 25)).build()));
        JsonObject logged = admin.get("activities/" + visit).body().getJsonObject("location");
        assertEquals(30.259, logged.getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals(120.13, logged.getJsonNumber("longitude").doubleValue(), 1e-9);
        assertEquals(25, logged.getInt("accuracyMeters"));

        Reply edited = admin.patch("activities/" + visit, Json.createObjectBuilder().add("subject", "Tasting visit")
                .build(), null);
        assertEquals(200, edited.status(), edited.body().toString());
        assertEquals(logged, edited.body().getJsonObject("location"), "an edit keeps where it was logged");
        Reply moved = admin.patch("activities/" + visit, Json.createObjectBuilder().add("location", position(0, 0, 1))
                .build(), null);
        assertEquals(422, moved.status(), "the position is not for editing");
        assertTrue(admin.get("activities/" + Crm.created(admin.post("activities", activity("CALL", account).build())))
                .body().isNull("location"), "a footprint without a position has none");
    }

    @Test
    void a_planned_visit_marked_done_on_site_takes_the_position_of_that_moment() {
        String account = Crm.account(admin, "Lingyin Foods");
        String planned = created(admin.post("activities", Json.createObjectBuilder().add("type", "VISIT")
                .add("status", "PLANNED").add("subject", "Sign the order").add("accountId", account)
                .add("occurredAt", Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())
                .build()));
        Reply done = admin.post("activities/" + planned + "/completion", Json.createObjectBuilder()
                .add("outcome", "Signed").add("location", position(30.2410, 120.0980, 12)).build());
        assertEquals(200, done.status(), done.body().toString());
        assertEquals(12, done.body().getJsonObject("location").getInt("accuracyMeters"));
    }

    @Test
    void a_position_out_of_range_or_half_given_is_refused_and_nothing_is_logged() {
        String account = Crm.account(admin, "Nowhere Ltd");
        Reply wild = admin.post("activities", activity("VISIT", account).add("location", position(91, -181, -1))
                .build());
        assertEquals(422, wild.status());
        assertEquals(List.of("location.latitude", "location.longitude", "location.accuracyMeters"),
                errorFields(wild));
        Reply half = admin.post("activities", activity("VISIT", account).add("location", Json.createObjectBuilder()
                .add("latitude", 30.1)).build());
        assertEquals(422, half.status());
        assertEquals(List.of("location"), errorFields(half));
        assertEquals(0, admin.get("activities?accountId=" + account).body().getJsonArray("items").size());
    }

    private static JsonObject position(double latitude, double longitude, int accuracy) {
        return Json.createObjectBuilder().add("latitude", latitude).add("longitude", longitude)
                .add("accuracyMeters", accuracy).build();
    }
}
