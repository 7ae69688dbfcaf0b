package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.activity.domain.ActivityDetails;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.service.NewActivity;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.service.ContactView;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.service.OpportunityView;
import io.tacitcrm.ui.activity.LocationField;
import io.tacitcrm.ui.shell.BoundForm;
import io.tacitcrm.ui.shell.DatePickers;
import io.tacitcrm.ui.shell.Problems;
import io.tacitcrm.ui.shell.TextLimits;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Logs a footprint on the customer in a few clicks: type, what, when; contact, opportunity and the rest optional. */
public class FootprintForm extends VerticalLayout {

    private final Select<ActivityType> type = new Select<>();
    private final RadioButtonGroup<ActivityStatus> status = new RadioButtonGroup<>();
    private final TextField subject = new TextField();
    private final DateTimePicker when = DatePickers.dateTime();
    private final IntegerField minutes = new IntegerField();
    private final ComboBox<ContactView> contact = new ComboBox<>();
    private final ComboBox<OpportunityView> opportunity = new ComboBox<>();
    private final TextField outcome = new TextField();
    private final TextArea notes = new TextArea();
    private final Div message = new Div();
    private final LocationField location = new LocationField("footprint");

    /** {@code record} records the footprint (the opener's service call); {@code onLogged} runs after it. */
    public FootprintForm(BoundForm.Save<NewActivity> record, AccountId account, List<ContactView> contacts,
            List<OpportunityView> opportunities, ZoneId zone, Runnable onLogged) {
        setPadding(false);
        type.setLabel(getTranslation("activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation("activity.type." + t));
        type.setValue(ActivityType.VISIT);
        type.setId("footprint-type");
        status.setLabel(getTranslation("activity.status"));
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("activity.status." + s));
        status.setValue(ActivityStatus.DONE);
        subject.setLabel(getTranslation("activity.subject"));
        subject.setRequiredIndicatorVisible(true);
        subject.setId("footprint-subject");
        when.setLabel(getTranslation("activity.occurredAt"));
        when.setValue(LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES));
        minutes.setLabel(getTranslation("activity.durationMinutes"));
        minutes.setMin(0);
        minutes.setMax(1440);
        contact.setLabel(getTranslation("activity.contact"));
        contact.setItems(contacts);
        contact.setItemLabelGenerator(c -> c.details().name());
        contact.setClearButtonVisible(true);
        opportunity.setLabel(getTranslation("activity.opportunity"));
        opportunity.setItems(opportunities);
        opportunity.setItemLabelGenerator(o -> o.details().name() + " · " + o.stageName());
        opportunity.setClearButtonVisible(true);
        outcome.setLabel(getTranslation("activity.outcome"));
        notes.setLabel(getTranslation("activity.notes"));
        TextLimits.limit(notes, ActivityDetails.NOTES_MAX);
        notes.setMaxHeight("6em");
        FormLayout form = new FormLayout(type, status, when, subject, contact, opportunity, minutes, outcome, notes,
                location);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        form.setColspan(when, 2);
        form.setColspan(subject, 2);

        form.setColspan(notes, 2);
        Map<String, HasValidation> fields = Map.of("subject", subject, "occurredAt", when, "durationMinutes", minutes,
                "contactId", contact, "opportunityId", opportunity, "outcome", outcome, "notes", notes);
        Button log = new Button(getTranslation("activity.log"), e -> {
            try {
                ActivityDetails details = new ActivityDetails(type.getValue(), status.getValue(), subject.getValue(),
                        Optional.of(notes.getValue()), Optional.of(outcome.getValue()),
                        Optional.ofNullable(when.getValue()).map(t -> t.atZone(zone).toInstant()).orElse(null),
                        Optional.ofNullable(minutes.getValue()), Optional.ofNullable(location.getValue()));
                record.save(new NewActivity(details, Optional.of(account), Optional.ofNullable(contact.getValue())
                        .map(ContactView::id),
                        Optional.ofNullable(opportunity.getValue()).map(OpportunityView::id), Optional.of(zone)));
                subject.clear();
                subject.setInvalid(false);
                notes.clear();
                outcome.clear();
                location.clear();
                message.setText("");
                fields.values().forEach(f -> f.setInvalid(false));
                onLogged.run();
                Notification.show(getTranslation("activity.logged"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException ex) {
                Problems.show(ex, fields, message);
            }
        });
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setId("footprint-log");
        add(form, message, log);
    }

    /** Starts the form on one opportunity, for logging from the opportunity itself. */
    public FootprintForm on(OpportunityView deal) {
        opportunity.setValue(deal);
        return this;
    }
}
