package io.tacitcrm.ui.activity;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.tacitcrm.activity.domain.ActivityDetails;
import io.tacitcrm.ui.shell.DatePickers;
import io.tacitcrm.ui.shell.FormDialog;
import io.tacitcrm.ui.shell.FormDialog.Save;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The two quick changes of a planned footprint: done, with what came of it; or moved to another time. */
final class FootprintDialogs {

    private FootprintDialogs() {
    }

    static FormDialog<CompletionForm> done(String subject, Save<CompletionForm> save, Runnable onSaved) {
        return new Done(subject, save, onSaved);
    }

    static FormDialog<RescheduleForm> reschedule(String subject, LocalDateTime planned, ZoneId zone,
            Save<RescheduleForm> save, Runnable onSaved) {
        return new Reschedule(subject, planned, zone, save, onSaved);
    }

    private static final class Done extends FormDialog<CompletionForm> {

        Done(String subject, Save<CompletionForm> save, Runnable onSaved) {
            super(CompletionForm.class, "complete", "myday.done", save, onSaved);
            setHeaderTitle(getTranslation("myday.done.title", subject));
            setWidth("min(30em, 95vw)");
            TextArea outcome = new TextArea(getTranslation("activity.outcome"));
            outcome.setHelperText(getTranslation("myday.done.help"));
            outcome.setId("complete-outcome");
            outcome.setWidthFull();
            limited(outcome, ActivityDetails.OUTCOME_MAX).bind("outcome");
            LocationField location = new LocationField("complete");
            binder.forField(location).bind("location");
            setForm(new VerticalLayout(outcome, location));
            edit(CompletionForm.blank());
            addOpenedChangeListener(e -> outcome.focus());
        }
    }

    private static final class Reschedule extends FormDialog<RescheduleForm> {

        Reschedule(String subject, LocalDateTime planned, ZoneId zone, Save<RescheduleForm> save, Runnable onSaved) {
            super(RescheduleForm.class, "reschedule", "myday.rescheduled", save, onSaved);
            setHeaderTitle(getTranslation("myday.reschedule.title", subject));
            setWidth("min(30em, 95vw)");
            DateTimePicker when = DatePickers.dateTime(getTranslation("activity.occurredAt"));
            when.setMin(LocalDate.now(zone).atStartOfDay());
            when.setWidthFull();
            when.setId("reschedule-when");
            binder.forField(when).bind("occurredAt");
            setForm(new VerticalLayout(when));
            edit(new RescheduleForm(planned));
        }
    }
}
