package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.infrastructure.PublicUrl;
import io.tacitcrm.identity.domain.AccountLink;
import io.tacitcrm.identity.domain.AccountLinkRepository;
import io.tacitcrm.identity.domain.LinkPurpose;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.mail.domain.MailTemplate;
import io.tacitcrm.mail.service.MailQueue;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends a user a one-time link by mail, in the user's language: a newer link of the same purpose replaces any earlier
 * one. The mail leaves after the calling transaction commits; only the hash of the link's secret is kept.
 */
@ApplicationScoped
public class AccountLinks {

    /** The mail texts, English and Chinese. */
    static final String BUNDLE = "io.tacitcrm.identity.service.AccountMail";

    /** A mail the links go out with: its template and the screen the link opens. */
    public enum Letter {
        INVITATION("invitation", LinkPurpose.INVITATION, "account/password"),
        PASSWORD_RESET("password-reset", LinkPurpose.PASSWORD_RESET, "account/password"),
        PASSWORD_RESET_BY_ADMIN("password-reset-admin", LinkPurpose.PASSWORD_RESET, "account/password"),
        EMAIL_VERIFICATION("email-verification", LinkPurpose.EMAIL_VERIFICATION, "account/verify");

        private final MailTemplate template;
        private final LinkPurpose purpose;
        private final String screen;

        Letter(String template, LinkPurpose purpose, String screen) {
            this.template = new MailTemplate(BUNDLE, template);
            this.purpose = purpose;
            this.screen = screen;
        }
    }

    private final AccountLinkRepository links;
    private final TenantRepository tenants;
    private final TenantContext tenant;
    private final MailQueue mail;
    private final Clock clock;
    private final PublicUrl publicUrl;

    @Inject
    public AccountLinks(AccountLinkRepository links, TenantRepository tenants, TenantContext tenant, MailQueue mail,
            Clock clock, PublicUrl publicUrl) {
        this.links = links;
        this.tenants = tenants;
        this.tenant = tenant;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** For CDI's proxy only. */
    protected AccountLinks() {
        this.links = null;
        this.tenants = null;
        this.tenant = null;
        this.mail = null;
        this.clock = null;
        this.publicUrl = null;
    }

    /** Sends {@code letter} to {@code user}, its link valid for {@code validity}; {@code values} fill the text. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(User user, Letter letter, Duration validity, Map<String, String> values) {
        Instant now = clock.instant();
        links.unspent(user.id(), letter.purpose).forEach(earlier -> earlier.spend(now));
        BearerToken secret = BearerToken.generate(BearerToken.LINK, tenant.require());
        links.add(new AccountLink(Ids.newId(), user.id(), letter.purpose, secret.hash(), now, now.plus(validity)));
        Tenant workspace = tenants.find(tenant.require()).orElseThrow();
        Map<String, String> all = new HashMap<>(values);
        all.put("name", user.name());
        all.put("email", user.email().value());
        all.put("workspace", workspace.slug().value());
        all.put("company", workspace.name());
        String link = publicUrl.of(letter.screen + "?token=" + secret.value());
        mail.send(letter.template.render(user.locale(), user.email().value(), all, link));
    }

    /** As {@link #send(User, Letter, Duration, Map)} with the purpose's usual validity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(User user, Letter letter, Map<String, String> values) {
        send(user, letter, letter.purpose.validity(), values);
    }
}
