package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.LocalMail.Mail;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The journeys that run through a mailbox, in both languages, the invitee's and the forgetful user's on a phone:
 * invitation → choose a password → signed in; a founder confirms the address from the banner's link; forgot
 * password → link → new password → signed in.
 */
class AccountMailScreenIT {

    private static final Duration MAIL = Duration.ofSeconds(20);
    private static final String CHOSEN = "Chosen-on-my-phone-7";

    private final TestServer server = TestServer.get();

    private static BrowserContext phone(String locale) {
        return HeadlessChromium.shared().newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(390, 844));
    }

    private static Page open(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot(name)).setFullPage(true));
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | The two new passwords differ. | This link has expired or was already used.",
        "zh-CN | 两次输入的新密码不一致。 | 此链接已过期或已被使用。"})
    void an_invited_person_chooses_a_password_on_a_phone_and_is_signed_in(String locale, String mismatch,
            String spent) {
        Tenant tenant = Tenants.signUp(server, "invite-screen");
        JsonObject repRole = tenant.admin().get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("id").equals(Tenants.defaultRoleChain(tenant.admin()).getLast()))
                .findFirst().orElseThrow();
        String email = "invitee@" + tenant.workspace() + ".example";
        try (BrowserContext desk = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 800)); BrowserContext phone = phone(locale)) {
            Page admin = open(desk);
            HeadlessChromium.signIn(admin, server.baseUri(), tenant.workspace(), tenant.adminEmail(),
                    Tenants.PASSWORD);
            admin.navigate(server.baseUri() + "settings/users");
            admin.locator("#user-add").click();
            admin.locator("#user-name input").fill("王小明");
            admin.locator("#user-email input").fill(email);
            admin.locator("#user-role input").fill(repRole.getString("name"));
            admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                    .setHasText(repRole.getString("name"))).first().click();
            shoot(admin, "invite-dialog-" + locale);
            admin.locator("#user-save").click();
            assertThat(admin.locator("#users-grid")).containsText(email);

            Mail invitation = server.mail().awaitMail(email, m -> true, MAIL);
            Page invitee = open(phone);
            invitee.navigate(invitation.link());
            invitee.locator("#choose-password input").fill(CHOSEN);
            invitee.locator("#choose-repeated input").fill(CHOSEN + "x");
            invitee.locator("#choose-save").click();
            assertThat(invitee.locator("#choose-repeated")).containsText(mismatch);
            invitee.locator("#choose-repeated input").fill(CHOSEN);
            shoot(invitee, "invitation-choose-" + locale);
            invitee.locator("#choose-save").click();
            invitee.locator("#home").waitFor();
            assertThat(invitee.locator("#current-user")).containsText("王小明");

            invitee.navigate(invitation.link());
            assertThat(invitee.locator("#link-refused")).containsText(spent);
            shoot(invitee, "invitation-spent-" + locale);
            assertEquals(200, server.api().login(tenant.workspace(), email, CHOSEN).get("me").status());
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | a link is on its way | your e-mail address is confirmed.",
        "zh-CN | 链接已在路上 | 您的电子邮箱已确认。"})
    void a_founder_confirms_the_address_and_a_forgotten_password_is_replaced_from_the_mailed_link(String locale,
            String sent, String confirmed) {
        Tenant tenant = Tenants.signUp(server, "forgot-screen");
        try (BrowserContext phone = phone(locale)) {
            Page page = open(phone);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(),
                    Tenants.PASSWORD);
            assertThat(page.locator("#verify-banner")).isVisible();
            shoot(page, "verify-banner-" + locale);
            Mail atSignUp = server.mail().awaitMail(tenant.adminEmail(), m -> m.link().contains("account/verify"),
                    MAIL);
            page.locator("#verify-again").click();
            Mail again = server.mail().awaitMail(tenant.adminEmail(), m -> m.link().contains("account/verify")
                    && !m.link().equals(atSignUp.link()), MAIL);
            page.navigate(again.link());
            assertThat(page.locator("#verify-outcome")).containsText(confirmed);
            page.navigate(server.baseUri().toString());
            page.locator("#home").waitFor();
            assertThat(page.locator("#verify-banner")).hasCount(0);

            page.locator("#logout").click();
            page.locator("#workspace input").fill(tenant.workspace());
            page.locator("#login-forgot").click();
            page.locator("#reset-submit").waitFor();
            assertThat(page.locator("#workspace input")).hasValue(tenant.workspace());
            page.locator("#email input").fill(tenant.adminEmail());
            page.locator("#reset-submit").click();
            assertThat(page.locator("#reset-sent")).containsText(sent);
            shoot(page, "forgot-sent-" + locale);

            Mail reset = server.mail().awaitMail(tenant.adminEmail(), m -> m.link().contains("account/password"),
                    MAIL);
            page.navigate(reset.link());
            page.locator("#choose-password input").fill(CHOSEN);
            page.locator("#choose-repeated input").fill(CHOSEN);
            shoot(page, "reset-choose-" + locale);
            page.locator("#choose-save").click();
            page.locator("#home").waitFor();
            assertEquals(401, tenant.admin().get("me").status(), "the session from the old password ended");
        }
    }
}
