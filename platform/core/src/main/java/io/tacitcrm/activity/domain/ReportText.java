package io.tacitcrm.activity.domain;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.common.domain.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rep writes in a daily report; progress is required, plan and obstacles may be empty. */
public record ReportText(String progress, String plan, String obstacles) {

    public static final int MAX = 5000;

    public ReportText {
        progress = progress == null ? "" : progress.strip();
        plan = plan == null ? "" : plan.strip();
        obstacles = obstacles == null ? "" : obstacles.strip();
        if (StoredFacts.areInput()) {
            List<FieldError> errors = new ArrayList<>();
            if (progress.isEmpty()) {
                errors.add(new FieldError("progress", "required", "must not be blank"));
            }
            TextRules.multiline(errors, "progress", Optional.of(progress), MAX);
            TextRules.multiline(errors, "plan", Optional.of(plan), MAX);
            TextRules.multiline(errors, "obstacles", Optional.of(obstacles), MAX);
            TextRules.throwIfAny(errors);
        }
    }
}
