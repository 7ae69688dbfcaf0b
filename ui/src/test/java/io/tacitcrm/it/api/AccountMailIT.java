package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.LocalMail.Mail;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Invitations, password resets and address confirmations travel by real mail (the test's SMTP server), after commit,
 * as one-time links that work once, for their own workspace only.
 */
class AccountMailIT {

    private static final Duration MAIL = Duration.ofSeconds(20);
    private static final String CHOSEN = "Chosen-by-me-2027";

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "mail");

    private static String token(Mail mail) {
        return URI.create(mail.link()).getQuery().substring("token=".length());
    }

    private static JsonObject link(String token) {
        return Json.createObjectBuilder().add("token", token).build();
    }

    private static JsonObject chosen(String token, String password) {
        return Json.createObjectBuilder().add("token", token).add("password", password).build();
    }

    private String invite(String email, String name) {
        String rep = Tenants.defaultRoleChain(tenant.admin()).getLast();
        Reply created = tenant.admin().post("users", Json.createObjectBuilder().add("email", email).add("name", name)
                .add("roleId", rep).build());
        assertEquals(201, created.status(), created.body()::toString);
        return created.body().getString("id");
    }

    private static String errorCode(Reply reply) {
        return reply.body().getJsonArray("errors").getJsonObject(0).getString("code");
    }

    @Test
    void an_invited_person_chooses_their_own_password_from_the_mail_and_the_link_then_no_longer_works() {
        String email = "new.rep@" + tenant.workspace() + ".example";
        String id = invite(email, "New <b>Rep</b>");
        Reply before = server.api().post("sessions", Json.createObjectBuilder().add("workspace", tenant.workspace())
                .add("email", email).add("password", CHOSEN).build());
        assertEquals(401, before.status(), "nobody can log in before choosing a password");
        JsonObject listed = tenant.admin().get("users").body().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("id").equals(id)).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("invited"));

        Mail invitation = server.mail().awaitMail(email, m -> m.subject().contains("invites you"), MAIL);
        assertTrue(invitation.subject().startsWith("Admin " + tenant.workspace() + " invites you"),
                invitation::subject);
        assertTrue(invitation.text().contains("New <b>Rep</b>"), "plain text keeps the name as typed");
        assertTrue(invitation.html().contains("New &lt;b&gt;Rep&lt;/b&gt;"), "HTML escapes it");
        assertTrue(invitation.link().startsWith(server.baseUri() + "account/password?token=tcl_"), invitation::link);
        String token = token(invitation);

        Reply inspected = server.api().post("account-links/inspection", link(token));
        assertEquals(200, inspected.status(), inspected.body()::toString);
        assertEquals("INVITATION", inspected.body().getString("purpose"));
        assertEquals(tenant.workspace(), inspected.body().getString("workspace"));
        Reply weak = server.api().post("account-links/password", chosen(token, "short"));
        assertEquals(422, weak.status());
        assertEquals("password", weak.body().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply joined = server.api().post("account-links/password", chosen(token, CHOSEN));
        assertEquals(200, joined.status(), joined.body()::toString);
        JsonObject me = server.api().as(joined.body().getString("token")).get("me").body();
        assertEquals(email, me.getString("email"));
        assertTrue(me.getBoolean("emailVerified"), "following the link proved the address");
        assertEquals(200, server.api().login(tenant.workspace(), email, CHOSEN).get("me").status());

        Reply again = server.api().post("account-links/password", chosen(token, "Another-choice-2028"));
        assertEquals(422, again.status());
        assertEquals("link.expired", errorCode(again));
        Reply resend = tenant.admin().post("users/" + id + "/invitation", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(409, resend.status(), "joined already: a reset link is what is left");
    }

    @Test
    void a_forgotten_password_gets_a_link_only_for_a_real_account_the_answer_is_the_same_and_old_sessions_end()
            throws UnknownHostException {
        TacitClient stranger = server.api().from(InetAddress.getByName("127.0.0.31"));
        JsonObject unknown = Json.createObjectBuilder().add("workspace", tenant.workspace())
                .add("email", "nobody@" + tenant.workspace() + ".example").build();
        JsonObject known = Json.createObjectBuilder().add("workspace", tenant.workspace())
                .add("email", tenant.adminEmail()).build();
        Reply forUnknown = stranger.post("password-resets", unknown);
        Reply forKnown = stranger.post("password-resets", known);
        assertEquals(202, forUnknown.status());
        assertEquals(202, forKnown.status());
        assertEquals(forUnknown.raw().body(), forKnown.raw().body(), "the same answer either way");

        Mail first = server.mail().awaitMail(tenant.adminEmail(), m -> m.subject().contains("Reset"), MAIL);
        assertEquals(0, server.mail().countTo("nobody@" + tenant.workspace() + ".example"));
        assertEquals(202, stranger.post("password-resets", known).status());
        Mail second = server.mail().awaitMail(tenant.adminEmail(),
                m -> m.subject().contains("Reset") && !m.link().equals(first.link()), MAIL);
        Reply replaced = server.api().post("account-links/password", chosen(token(first), CHOSEN));
        assertEquals("link.expired", errorCode(replaced), "a newer link replaces the earlier one");

        Reply reset = server.api().post("account-links/password", chosen(token(second), CHOSEN));
        assertEquals(200, reset.status(), reset.body()::toString);
        assertEquals(401, tenant.admin().get("me").status(), "the session from the old password ended");
        assertEquals(401, server.api().post("sessions", Json.createObjectBuilder().add("workspace",
                tenant.workspace()).add("email", tenant.adminEmail()).add("password", Tenants.PASSWORD).build())
                .status());
        assertEquals(200, server.api().login(tenant.workspace(), tenant.adminEmail(), CHOSEN).get("me").status());
    }

    @Test
    void an_administrator_has_a_reset_link_sent_which_a_rep_may_not_and_the_link_works_in_its_own_workspace_only() {
        String rep = Tenants.defaultRoleChain(tenant.admin()).getLast();
        TacitClient repClient = Tenants.addUser(server, tenant, "field.rep", rep);
        String repId = repClient.get("me").body().getString("id");
        String repEmail = repClient.get("me").body().getString("email");

        assertEquals(403, repClient.post("users/" + tenant.adminId() + "/password-reset",
                JsonObject.EMPTY_JSON_OBJECT).status());
        assertEquals(202, tenant.admin().post("users/" + repId + "/password-reset", JsonObject.EMPTY_JSON_OBJECT)
                .status());
        Mail mail = server.mail().awaitMail(repEmail, m -> m.subject().contains("administrator"), MAIL);
        assertTrue(mail.text().contains("Admin " + tenant.workspace()), "names the administrator who asked");
        assertEquals(200, repClient.get("me").status(), "until the link is used, nothing changes");

        Tenant other = Tenants.signUp(server, "mail-other");
        String forged = token(mail).replace(tenant.tenantId().replace("-", ""), other.tenantId().replace("-", ""));
        Reply elsewhere = server.api().post("account-links/password", chosen(forged, CHOSEN));
        assertEquals(422, elsewhere.status());
        assertEquals("link.invalid", errorCode(elsewhere));
        Reply garbled = server.api().post("account-links/inspection", link("tct_" + token(mail).substring(4)));
        assertEquals("link.invalid", errorCode(garbled), "an API token's shape is not a link");
        assertEquals(200, server.api().post("account-links/password", chosen(token(mail), CHOSEN)).status());
    }

    @Test
    void a_founder_confirms_the_address_from_the_mail_sent_at_sign_up_and_may_ask_for_it_again_until_then() {
        assertFalse(tenant.admin().get("me").body().getBoolean("emailVerified"));
        Mail welcome = server.mail().awaitMail(tenant.adminEmail(), m -> m.subject().contains("Confirm"), MAIL);
        assertTrue(welcome.link().startsWith(server.baseUri() + "account/verify?token=tcl_"), welcome::link);

        assertEquals(202, tenant.admin().post("me/email-verification", JsonObject.EMPTY_JSON_OBJECT).status());
        Mail again = server.mail().awaitMail(tenant.adminEmail(),
                m -> m.subject().contains("Confirm") && !m.link().equals(welcome.link()), MAIL);
        assertEquals("link.expired", errorCode(server.api().post("account-links/email-verification",
                link(token(welcome)))));
        assertEquals(204, server.api().post("account-links/email-verification", link(token(again))).status());
        assertTrue(tenant.admin().get("me").body().getBoolean("emailVerified"));
        assertEquals(409, tenant.admin().post("me/email-verification", JsonObject.EMPTY_JSON_OBJECT).status());
    }

    @Test
    void mail_whose_first_attempt_failed_is_sent_by_the_retry_sweep_and_its_bodies_are_then_cleared()
            throws InterruptedException {
        String recipient = "retry@" + tenant.workspace() + ".example";
        UUID id = UUID.randomUUID();
        Sql.update(server.superuser(), "insert into mail_outbox (tenant_id, id, kind, recipient, subject, body_text,"
                + " body_html, created_at, attempts, next_attempt_at, last_error) values (?::uuid, ?, 'test', ?,"
                + " 'Second try', 'tried again', '<p>tried again</p>', now(), 1, now(), 'connection refused')",
                tenant.tenantId(), id, recipient);
        Sql.update(server.superuser(), "insert into mail_due (tenant_id, due_at) values (?::uuid, now())"
                + " on conflict (tenant_id) do update set due_at = now()", tenant.tenantId());

        Mail retried = server.mail().awaitMail(recipient, m -> true, MAIL);
        assertEquals("Second try", retried.subject());
        String cleared = "select count(*) from mail_outbox where id = ? and attempts = 2 and sent_at is not null"
                + " and body_text = '' and body_html = '' and last_error is null";
        long deadline = System.nanoTime() + MAIL.toNanos(); // marked sent just after the server handed it over
        while (Sql.count(server.superuser(), cleared, id) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, Sql.count(server.superuser(), cleared, id));
        assertEquals(0, Sql.count(server.superuser(), "select count(*) from mail_due where tenant_id = ?::uuid",
                tenant.tenantId()), "nothing left to send: the workspace leaves the list of waiting outboxes");
    }

    @Test
    void the_mail_is_in_the_recipients_language_as_plain_text_and_html() {
        String workspace = Tenants.uniqueWorkspace("mail-zh");
        String email = "laoban@" + workspace + ".example";
        JsonObject body = Json.createObjectBuilder(Tenants.signupBody(workspace, email)).add("locale", "zh-CN")
                .add("company", "云帆 <script>alert(1)</script>").build();
        assertEquals(201, server.api().post("signup", body).status());
        Mail mail = server.mail().awaitMail(email, m -> true, MAIL);
        assertEquals("确认您在 Tacit CRM 的邮箱地址", mail.subject());
        assertTrue(mail.text().contains("您的工作区 " + workspace + " 已经可以使用"), mail::text);
        assertFalse(mail.html().contains("<script>"), "script in a company name is never markup");
        assertTrue(mail.html().contains("云帆 &lt;script&gt;"), mail::html);
        assertTrue(List.of(mail.from()).getFirst().contains("no-reply@"), mail::from);
    }
}
