package io.tacitcrm.ui.sales;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.customer.service.ContactView;
import io.tacitcrm.ui.shell.DatePickers;
import io.tacitcrm.ui.shell.FormDialog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The opportunity form: a new deal at a customer, or an existing one's details. Its opener adds the stage panel and
 * the footprint log below the form for an existing deal.
 */
public class OpportunityDialog extends FormDialog<OpportunityForm> {

    public OpportunityDialog(List<ContactView> contacts, Optional<OpportunityForm> existing,
            Save<OpportunityForm> save, Runnable onSaved) {
        super(OpportunityForm.class, "opportunity", "opportunity.saved", save, onSaved);
        setHeaderTitle(getTranslation(existing.isPresent() ? "opportunity.edit" : "opportunity.new"));
        setWidth("min(40rem, 95vw)");
        TextField name = new TextField(getTranslation("opportunity.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("opportunity-name");
        limited(name, 200).bind("name");
        BigDecimalField amount = new BigDecimalField(getTranslation("opportunity.amount"));
        amount.setId("opportunity-amount");
        binder.forField(amount).bind("amount");
        TextField currency = new TextField(getTranslation("opportunity.currency"));
        binder.forField(currency).bind("currency");
        DatePicker closeDate = DatePickers.date(getTranslation("opportunity.closeDate"));
        closeDate.setId("opportunity-closeDate");
        binder.forField(closeDate).bind("closeDate");
        Map<ContactId, String> names = contacts.stream().collect(Collectors.toMap(ContactView::id,
                c -> c.details().name()));
        ComboBox<ContactId> contact = new ComboBox<>(getTranslation("opportunity.primaryContactId"));
        contact.setItems(contacts.stream().map(ContactView::id).toList());
        contact.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        contact.setClearButtonVisible(true);
        binder.forField(contact).bind("primaryContactId");
        TextField nextStep = new TextField(getTranslation("opportunity.nextStep"));
        limited(nextStep, 500).bind("nextStep");
        FormLayout form = new FormLayout(name, amount, currency, closeDate, contact, nextStep);
        form.setColspan(name, 2);
        setForm(form);
        edit(existing.orElseGet(OpportunityForm::blank));
    }
}
