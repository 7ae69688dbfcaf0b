package io.tacitcrm.ui.activity;

import io.tacitcrm.activity.domain.ReportText;
import jakarta.validation.constraints.NotBlank;

/** What the daily report form edits, named as the service names the fields; {@link ReportText} is the authority. */
public record ReportForm(@NotBlank(message = "{tacit.required}") String progress, String plan, String obstacles) {

    static ReportForm blank() {
        return new ReportForm("", "", "");
    }

    static ReportForm of(ReportText text) {
        return new ReportForm(text.progress(), text.plan(), text.obstacles());
    }

    ReportText text() {
        return new ReportText(progress, plan, obstacles);
    }
}
