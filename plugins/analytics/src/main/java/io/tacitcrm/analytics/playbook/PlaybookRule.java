package io.tacitcrm.analytics.playbook;

import java.util.Optional;
import java.util.UUID;

/**
 * A rule of a playbook: the mined figures, the condition (a manager may change its thresholds: then {@code edited},
 * and the figures are those of the mined condition), the manager's own wording if any, and whether the rule gates the
 * move to the next stage.
 */
public record PlaybookRule(UUID id, int position, Condition condition, Optional<String> wording, boolean gate,
                           boolean edited, Rule mined) {

    public UUID stageId() {
        return mined.stageId();
    }
}
