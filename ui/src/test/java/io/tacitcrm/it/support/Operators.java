package io.tacitcrm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.ops.domain.TotpSecret;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Signs operators in for tests: enrols the second factor once per operator and computes codes from it as an
 * authenticator app would. A code is good once, so each sign-in uses the next step of the clock's window.
 */
public final class Operators {

    private static final long SAFETY_SECONDS = 10;
    private static final Map<String, TotpSecret> SECRETS = new HashMap<>();
    private static final Map<String, Long> LAST_STEP = new HashMap<>();
    private static TacitClient configured;

    private Operators() {
    }

    /** The operator configuration created, signed in (one session for the whole run). */
    public static synchronized TacitClient configured(TestServer server) {
        if (configured == null || configured.get("sessions/current").status() != 200) {
            configured = signIn(server, TestServer.OPS_EMAIL, TestServer.OPS_PASSWORD);
        }
        return configured;
    }

    /** Signs in (enrolling the second factor first if this operator has none yet). */
    public static synchronized TacitClient signIn(TestServer server, String email, String password) {
        Reply reply = server.opsApi().post("sessions", Json.createObjectBuilder().add("email", email)
                .add("password", password).add("code", code(server, email, password)).build());
        assertEquals(201, reply.status(), () -> "sign-in: " + reply.body());
        return server.opsApi().as(reply.body().getString("token"));
    }

    /** The next unused code of the operator's second factor. */
    public static synchronized String code(TestServer server, String email, String password) {
        TotpSecret secret = SECRETS.computeIfAbsent(email, e -> enrol(server, email, password));
        long seconds = Instant.now().getEpochSecond();
        long now = seconds / TotpSecret.STEP.toSeconds();
        long step = Math.max(now - 1, LAST_STEP.getOrDefault(email, 0L) + 1);
        // the server takes the previous step only until the current one ends: too close to that, use the current
        if (step == now - 1 && TotpSecret.STEP.toSeconds() - seconds % TotpSecret.STEP.toSeconds() < SAFETY_SECONDS) {
            step = now;
        }
        while (step > now + 1) {
            sleep();
            now = Instant.now().getEpochSecond() / TotpSecret.STEP.toSeconds();
        }
        LAST_STEP.put(email, step);
        return secret.code(Instant.ofEpochSecond(step * TotpSecret.STEP.toSeconds()));
    }

    private static TotpSecret enrol(TestServer server, String email, String password) {
        JsonObject body = Json.createObjectBuilder().add("email", email).add("password", password).build();
        Reply reply = server.opsApi().post("sessions/enrolment", body);
        assertEquals(200, reply.status(), () -> "enrolment: " + reply.body());
        return TotpSecret.fromBase32(reply.body().getString("secret"));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
