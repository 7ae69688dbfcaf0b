package io.tacitcrm.analytics.ui;

import io.tacitcrm.analytics.Cockpit.Dimension;
import io.tacitcrm.analytics.Cockpit.GroupBy;
import java.time.LocalDate;

/** The cockpit's filter form, bound field by field with a Binder. */
public record Filters(LocalDate from, LocalDate to, Whose whose, Dimension dimension, GroupBy groupBy,
                      String period) {
}
