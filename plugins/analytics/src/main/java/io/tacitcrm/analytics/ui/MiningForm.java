package io.tacitcrm.analytics.ui;

import java.time.LocalDate;

/** The playbook view's mining form: the period of closed deals and whose. */
public record MiningForm(LocalDate from, LocalDate to, Whose scope) {
}
