package io.tacitcrm.tenancy.domain;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A plan's name and limits: users (active), customers, storage in MB, API requests per minute, and the modules a
 * workspace may switch on (empty: every installed one). An empty limit is no limit.
 */
public record PlanLimits(String name, OptionalInt maxUsers, OptionalInt maxCustomers, OptionalInt maxStorageMb,
        OptionalInt apiPerMinute, Optional<List<String>> pluginsAllowed) {

    public PlanLimits {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "name", name == null ? "" : name.strip(), 100);
        positive(errors, "maxUsers", maxUsers);
        positive(errors, "maxCustomers", maxCustomers);
        positive(errors, "maxStorageMb", maxStorageMb);
        positive(errors, "apiPerMinute", apiPerMinute);
        if (pluginsAllowed.stream().flatMap(List::stream)
                .anyMatch(id -> id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}"))) {
            errors.add(new FieldError("pluginsAllowed", "plan.plugins", "must be module ids (lower case, digits, -)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        name = name.strip();
        pluginsAllowed = pluginsAllowed.map(List::copyOf);
    }

    /** Whether a workspace of this plan may switch the module on. */
    public boolean allowsPlugin(String pluginId) {
        return pluginsAllowed.map(p -> p.contains(pluginId)).orElse(true);
    }

    private static void positive(List<FieldError> errors, String field, OptionalInt value) {
        if (value.isPresent() && (value.getAsInt() < 1 || value.getAsInt() > 100_000_000)) {
            errors.add(new FieldError(field, "plan.limit", "must be a whole number from 1, or empty for no limit"));
        }
    }
}
