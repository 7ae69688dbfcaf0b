package io.tacitcrm.analytics.ui;

import io.tacitcrm.api.records.UserRecord;
import java.time.LocalDate;
import java.util.Set;

/** The playbook view's mining form: the period of closed deals, whose, and the reps to compare (none: the top). */
public record MiningForm(LocalDate from, LocalDate to, Whose scope, Set<UserRecord> reps) {
}
