package io.tacitcrm.it.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calendar feed: a secret address per user that a phone's calendar reads without signing in, showing that user's
 * footprints only; a new address or a revocation ends the old one, and the secret opens nothing else.
 */
class CalendarFeedIT {

    private static final String ICS = "text/calendar";

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "calendar");
    private final List<String> roles = Tenants.defaultRoleChain(tenant.admin());
    private final TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), roles.getLast());
    private final TacitClient peer = Tenants.addUser(server, tenant, "peer-" + System.nanoTime(), roles.getLast());

    @Test
    void a_users_feed_shows_their_own_planned_and_done_footprints_to_a_calendar_without_a_token() {
        String account = created(rep.post("accounts", Json.createObjectBuilder().add("name", "Tea, Co; Ltd").build()));
        String planned = footprint(rep, account, "PLANNED", Instant.now().plus(Duration.ofDays(2)), "Bring samples");
        String done = footprint(rep, account, "DONE", Instant.now().minus(Duration.ofDays(3)), "First visit");
        String peers = footprint(peer, created(peer.post("accounts", Json.createObjectBuilder().add("name",
                "Peer's customer").build())), "PLANNED", Instant.now().plus(Duration.ofDays(1)), "Peer's visit");
        assertFalse(rep.get("me/calendar-feed").body().getBoolean("active"));

        Reply created = rep.post("me/calendar-feed", Json.createObjectBuilder().build());
        assertEquals(201, created.status(), created.body().toString());
        assertTrue(rep.get("me/calendar-feed").body().getBoolean("active"));
        Reply feed = server.api().download(path(created), ICS);

        assertEquals(200, feed.status());
        assertTrue(feed.raw().headers().firstValue("Content-Type").orElseThrow().startsWith(ICS));
        String ics = feed.raw().body().replace("\r\n ", "");
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("UID:" + planned + "@tacitcrm"), ics);
        assertTrue(ics.contains("UID:" + done + "@tacitcrm"), ics);
        assertTrue(ics.contains("SUMMARY:Visit: Bring samples — Tea\\, Co\\; Ltd"), ics);
        assertFalse(ics.contains(peers), "another user's footprint is not in the feed");
    }

    @Test
    void a_new_address_or_a_revocation_ends_the_old_one_and_the_secret_opens_nothing_else() {
        String first = path(rep.post("me/calendar-feed", Json.createObjectBuilder().build()));
        String second = path(rep.post("me/calendar-feed", Json.createObjectBuilder().build()));
        assertEquals(404, server.api().download(first, ICS).status(), "the earlier address stopped working");
        assertEquals(200, server.api().download(second, ICS).status());

        String secret = second.substring("calendar-feeds/".length(), second.length() - ".ics".length());
        assertEquals(401, server.api().as(secret).get("me").status(), "a feed's secret is no API token");
        assertEquals(404, server.api().download("calendar-feeds/" + secret.replace("tcc_", "tct_") + ".ics", ICS)
                .status());
        assertEquals(404, server.api().download("calendar-feeds/not-a-secret.ics", ICS).status());
        assertEquals(404, peer.delete("me/calendar-feed", null).status(), "the peer has no feed to revoke");

        assertEquals(204, rep.delete("me/calendar-feed", null).status());
        assertEquals(404, server.api().download(second, ICS).status());
        assertFalse(rep.get("me/calendar-feed").body().getBoolean("active"));
        assertEquals(404, rep.delete("me/calendar-feed", null).status());
    }

    private static String path(Reply created) {
        assertEquals(201, created.status(), () -> created.body().toString());
        String url = created.body().getString("url");
        return url.substring(url.indexOf("/api/v1/") + "/api/v1/".length());
    }

    private static String footprint(TacitClient client, String account, String status, Instant at, String subject) {
        return created(client.post("activities?timeZone=UTC", Json.createObjectBuilder().add("type", "VISIT")
                .add("status", status).add("subject", subject).add("occurredAt", at.truncatedTo(ChronoUnit.SECONDS)
                        .toString()).add("accountId", account).build()));
    }

    private static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }
}
