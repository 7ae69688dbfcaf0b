package io.tacitcrm.agenda.service;

import io.tacitcrm.agenda.domain.Notification;
import io.tacitcrm.agenda.domain.NotificationCursor;
import io.tacitcrm.agenda.domain.Notifications;
import io.tacitcrm.agenda.domain.ReminderDay;
import io.tacitcrm.agenda.domain.ReminderPolicies;
import io.tacitcrm.agenda.domain.ReminderSetting;
import io.tacitcrm.agenda.domain.ReminderSettings;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The caller's reminders. What has fallen due is raised when the reminders are read: the full list raises every time,
 * the unread count (asked on every page) at most once a minute per user and server.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    private static final Duration COUNT_RAISES_EVERY = Duration.ofMinutes(1);
    private static final int REMEMBERED_USERS = 50_000;

    private final Notifications notifications;
    private final ReminderSettings settings;
    private final ReminderPolicies policies;
    private final DigestSchedule schedule;
    private final CurrentPrincipal caller;
    private final Clock clock;
    private final Map<UserId, Instant> lastRaised = new ConcurrentHashMap<>();

    @Inject
    public Reminders(Notifications notifications, ReminderSettings settings, ReminderPolicies policies,
            DigestSchedule schedule, CurrentPrincipal caller, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.policies = policies;
        this.schedule = schedule;
        this.caller = caller;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected Reminders() {
        this(null, null, null, null, null, null);
    }

    public Page<Notification, NotificationCursor> mine(boolean unreadOnly, Optional<NotificationCursor> after,
            int limit) {
        Principal me = caller.require();
        raise(me);
        return Page.of(notifications.page(me.userId(), unreadOnly, after, limit + 1), limit,
                NotificationCursor::after, rows -> rows);
    }

    public int unreadCount() {
        Principal me = caller.require();
        Instant now = clock.instant();
        Instant last = lastRaised.get(me.userId());
        if (last == null || !last.plus(COUNT_RAISES_EVERY).isAfter(now)) {
            raise(me);
        }
        return notifications.unread(me.userId());
    }

    public void markRead(UUID id) {
        if (!notifications.markRead(caller.require().userId(), id, clock.instant())) {
            throw new NotFoundException("notification");
        }
    }

    public int markAllRead() {
        return notifications.markAllRead(caller.require().userId(), clock.instant());
    }

    public ReminderSetting settings() {
        return settings.find(caller.require().userId());
    }

    /** The caller's zone for the reminders' days, as it is used until one is set or learnt. */
    public ZoneId zone() {
        Principal me = caller.require();
        return settings.find(me.userId()).zoneOr(me.locale());
    }

    public ReminderSetting changeSettings(Optional<ZoneId> zone, boolean digest, long expectedVersion) {
        UserId me = caller.require().userId();
        if (!settings.save(me, zone, digest, expectedVersion)) {
            throw new StaleVersionException("reminder settings");
        }
        schedule.reschedule();
        return settings.find(me);
    }

    /** Keeps the browser's zone as the caller's, unless the caller has one. */
    public void learnZone(ZoneId zone) {
        settings.learnZone(caller.require().userId(), zone);
    }

    private void raise(Principal me) {
        if (lastRaised.size() > REMEMBERED_USERS) {
            lastRaised.clear();
        }
        Instant now = clock.instant();
        lastRaised.put(me.userId(), now);
        ReminderDay day = ReminderDay.of(settings.find(me.userId()).zoneOr(me.locale()), now);
        notifications.raise(me.userId(), day, policies.find());
    }
}
