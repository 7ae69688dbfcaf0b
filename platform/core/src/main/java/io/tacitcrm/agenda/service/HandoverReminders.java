package io.tacitcrm.agenda.service;

import io.tacitcrm.agenda.domain.NewNotification;
import io.tacitcrm.agenda.domain.NotificationKind;
import io.tacitcrm.agenda.domain.Notifications;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.OwnershipChanged;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.transfer.service.TransferDone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a user when someone else makes them a customer's owner: one reminder per customer handed over, one per bulk
 * transfer. Written in the transaction of the handover, so it exists exactly when the handover does.
 */
@ApplicationScoped
public class HandoverReminders {

    private final Notifications notifications;
    private final UserDirectory directory;
    private final Clock clock;

    @Inject
    public HandoverReminders(Notifications notifications, UserDirectory directory, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected HandoverReminders() {
        this(null, null, null);
    }

    void ownerChanged(@Observes OwnershipChanged change) {
        if (!"account".equals(change.objectType()) || change.next().equals(change.by())) {
            return; // a deal's owner, or a customer claimed from the pool: nobody else to tell
        }
        notifications.add(new NewNotification(change.next(), NotificationKind.HANDED_OVER, change.record(),
                day(change.at()), change.at(), Optional.of(change.record()), "", nameOf(change.by())), clock.instant());
    }

    void transferred(@Observes TransferDone done) {
        var record = done.transfer();
        if (record.to().equals(record.by()) || done.moved().accounts() == 0) {
            return;
        }
        notifications.add(new NewNotification(record.to(), NotificationKind.TRANSFERRED, record.id().value(),
                day(record.at()), record.at(), Optional.empty(), Integer.toString(done.moved().accounts()),
                nameOf(record.by())), clock.instant());
    }

    private String nameOf(UserId user) {
        return directory.names(Set.of(user)).getOrDefault(user, "");
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
