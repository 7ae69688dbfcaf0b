package io.tacitcrm.sales.domain;

import io.tacitcrm.customer.domain.DecisionRole;
import java.util.Optional;

/** A done activity on an opportunity, as stage requirements see it: its type and the role of the contact met. */
public record Footprint(ActivityType type, Optional<DecisionRole> contactRole) {
}
