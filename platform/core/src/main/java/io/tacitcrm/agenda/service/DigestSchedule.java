package io.tacitcrm.agenda.service;

import io.tacitcrm.agenda.domain.DueDigests;
import io.tacitcrm.agenda.domain.ReminderDay;
import io.tacitcrm.agenda.domain.ReminderSettings;
import io.tacitcrm.agenda.domain.ReminderSettings.Subscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the workspace's place on the global digest list at the earliest next digest of its subscribers. */
@ApplicationScoped
public class DigestSchedule {

    private final ReminderSettings settings;
    private final DueDigests due;
    private final Clock clock;

    @Inject
    public DigestSchedule(ReminderSettings settings, DueDigests due, Clock clock) {
        this.settings = settings;
        this.due = due;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected DigestSchedule() {
        this(null, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule() {
        reschedule(settings.digestSubscribers());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule(List<Subscriber> subscribers) {
        Instant now = clock.instant();
        Optional<Instant> next = subscribers.stream()
                .map(s -> ReminderDay.of(s.zone(), now).nextDigest(s.setting().digestSentOn()))
                .min(Comparator.naturalOrder());
        due.schedule(next);
    }
}
