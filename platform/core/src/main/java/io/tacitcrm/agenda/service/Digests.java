package io.tacitcrm.agenda.service;

import io.tacitcrm.agenda.domain.DueDigests;
import io.tacitcrm.agenda.domain.Notification;
import io.tacitcrm.agenda.domain.Notifications;
import io.tacitcrm.agenda.domain.ReminderDay;
import io.tacitcrm.agenda.domain.ReminderPolicies;
import io.tacitcrm.agenda.domain.ReminderPolicy;
import io.tacitcrm.agenda.domain.ReminderSettings;
import io.tacitcrm.agenda.domain.ReminderSettings.Subscriber;
import io.tacitcrm.common.infrastructure.PublicUrl;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.mail.service.MailQueue;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Mails the morning digest to those of the workspace's subscribers whose morning has come: each is claimed first (one
 * statement), so two servers never send the same user's digest twice; a user with nothing standing gets no mail.
 */
@ApplicationScoped
public class Digests {

    /** A digest lists at most this many reminders; My day has the rest. */
    static final int MOST = 30;

    private final ReminderSettings settings;
    private final ReminderPolicies policies;
    private final Notifications notifications;
    private final DigestSchedule schedule;
    private final DueDigests due;
    private final UserRepository users;
    private final TenantRepository tenants;
    private final TenantContext tenant;
    private final MailQueue mail;
    private final Clock clock;
    private final PublicUrl publicUrl;

    @Inject
    public Digests(ReminderSettings settings, ReminderPolicies policies, Notifications notifications,
            DigestSchedule schedule, DueDigests due, UserRepository users, TenantRepository tenants,
            TenantContext tenant, MailQueue mail, Clock clock, PublicUrl publicUrl) {
        this.settings = settings;
        this.policies = policies;
        this.notifications = notifications;
        this.schedule = schedule;
        this.due = due;
        this.users = users;
        this.tenants = tenants;
        this.tenant = tenant;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** For CDI's proxy only. */
    protected Digests() {
        this.settings = null;
        this.policies = null;
        this.notifications = null;
        this.schedule = null;
        this.due = null;
        this.users = null;
        this.tenants = null;
        this.tenant = null;
        this.mail = null;
        this.clock = null;
        this.publicUrl = null;
    }

    /** The workspaces whose next digest is due (no workspace is bound: the list is global). */
    @Transactional
    public List<TenantId> dueWorkspaces() {
        return due.dueBy(clock.instant());
    }

    /** @return how many digests were queued */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        List<Subscriber> subscribers = settings.digestSubscribers();
        Tenant workspace = tenants.find(tenant.require()).orElseThrow();
        ReminderPolicy policy = policies.find();
        int sent = 0;
        for (Subscriber s : subscribers) {
            ReminderDay day = ReminderDay.of(s.zone(), now);
            if (day.digestDue(s.setting().digestSentOn()) && settings.claimDigest(s.user(), day.today())) {
                sent += send(s, day, policy, workspace) ? 1 : 0;
            }
        }
        schedule.reschedule(settings.digestSubscribers());
        return sent;
    }

    private boolean send(Subscriber s, ReminderDay day, ReminderPolicy policy, Tenant workspace) {
        Optional<User> user = users.find(s.user()).filter(User::isActive);
        if (user.isEmpty()) {
            return false;
        }
        notifications.raise(s.user(), day, policy);
        List<Notification> standing = notifications.page(s.user(), true, Optional.empty(), MOST);
        if (standing.isEmpty()) {
            return false;
        }
        User u = user.get();
        mail.send(DigestLetter.render(new DigestLetter.Recipient(u.name(), u.email().value(), u.locale(),
                workspace.name(), workspace.slug().value()), day, standing, publicUrl.of("my-day")));
        return true;
    }
}
