package io.tacitcrm.agenda.domain;

import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reminders of the request's workspace. Only reminders whose cause still stands are read: a follow-up still
 * planned at the same time, a deal still open in the same stage, a report still missing; handovers always.
 */
public interface Notifications {

    /** Raises what has fallen due for {@code user} by {@code day}'s moments; raising twice changes nothing. */
    int raise(UserId user, ReminderDay day, ReminderPolicy policy);

    /** Adds an event's reminder unless the same one (user, kind, subject, day) exists. */
    void add(NewNotification notification, Instant now);

    List<Notification> page(UserId user, boolean unreadOnly, Optional<NotificationCursor> after, int limit);

    int unread(UserId user);

    /** @return whether the user has such a reminder (read before or not) */
    boolean markRead(UserId user, UUID id, Instant now);

    int markAllRead(UserId user, Instant now);
}
