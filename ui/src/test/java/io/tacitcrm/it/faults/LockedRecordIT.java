package io.tacitcrm.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A row held by another transaction (a stuck job, an operator's open session) does not hold the request waiting for
 * it: PostgreSQL gives up after the lock timeout ({@code DB_LOCK_TIMEOUT}, 10 s) and the caller is told to try again,
 * with nothing half-written; once the row is free the same change goes through.
 */
class LockedRecordIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "locked");
    private final TacitClient admin = tenant.admin();

    @Test
    void an_edit_of_a_row_held_elsewhere_is_refused_after_the_lock_timeout_and_goes_through_once_it_is_free()
            throws Exception {
        Reply created = admin.post("accounts", Json.createObjectBuilder().add("name", "Held").build());
        assertEquals(201, created.status(), created.body().toString());
        String id = created.body().getString("id");
        String version = admin.get("accounts/" + id).header("ETag");

        try (Connection holder = server.superuser().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select 1 from account where id = ? for update")) {
                lock.setObject(1, UUID.fromString(id));
                lock.executeQuery().close();
            }
            long start = System.nanoTime();
            Reply refused = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> admin.patch("accounts/" + id,
                    Json.createObjectBuilder().add("name", "Changed while held").build(), version));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(409, refused.status(), refused.body().toString());
            assertEquals("conflict.concurrent", refused.body().getString("code"));
            assertTrue(waited.compareTo(Duration.ofSeconds(8)) > 0, "it waited for the lock first: " + waited);
            holder.rollback();
        }
        assertEquals("Held", admin.get("accounts/" + id).body().getString("name"), "nothing half-written");

        Reply changed = admin.patch("accounts/" + id, Json.createObjectBuilder().add("name", "Changed").build(),
                version);
        assertEquals(200, changed.status(), changed.body().toString());
        assertEquals("Changed", admin.get("accounts/" + id).body().getString("name"));
    }
}
