package io.tacitcrm.ui.activity;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.ui.shell.DatePickers;
import io.tacitcrm.ui.shell.FormDialog;
import java.time.LocalDate;
import java.time.ZoneId;

/** Plans a follow-up or visit from one's day: which customer (searched as typed), what, when and about what. */
final class FollowUpDialog extends FormDialog<FollowUpForm> {

    FollowUpDialog(FetchCallback<AccountView, String> customers, ZoneId zone, Save<FollowUpForm> save,
            Runnable onSaved) {
        super(FollowUpForm.class, "follow-up", "myday.planned", save, onSaved);
        setHeaderTitle(getTranslation("myday.plan"));
        setWidth("min(30em, 95vw)");
        ComboBox<AccountView> customer = new ComboBox<>(getTranslation("myday.customer"));
        customer.setItemsWithFilterConverter(customers, text -> text);
        customer.setItemLabelGenerator(a -> a.details().name());
        customer.setId("follow-up-customer");
        customer.setWidthFull();
        binder.forField(customer).bind("accountId");
        Select<ActivityType> type = new Select<>();
        type.setLabel(getTranslation("activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation("activity.type." + t));
        type.setId("follow-up-type");
        binder.forField(type).bind("type");
        DateTimePicker when = DatePickers.dateTime(getTranslation("activity.occurredAt"));
        when.setMin(LocalDate.now(zone).atStartOfDay());
        when.setWidthFull();
        when.setId("follow-up-when");
        binder.forField(when).bind("occurredAt");
        TextField subject = new TextField(getTranslation("activity.subject"));
        subject.setId("follow-up-subject");
        subject.setWidthFull();
        limited(subject, 200).bind("subject");
        setForm(new VerticalLayout(customer, type, when, subject));
        edit(FollowUpForm.tomorrowMorning(zone));
        addOpenedChangeListener(e -> customer.focus());
    }
}
