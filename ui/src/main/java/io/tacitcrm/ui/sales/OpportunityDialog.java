package io.tacitcrm.ui.sales;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.service.ContactView;
import io.tacitcrm.sales.domain.OpportunityDetails;
import io.tacitcrm.sales.service.NewOpportunity;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import io.tacitcrm.sales.service.SalesProcessService;
import io.tacitcrm.ui.customer.FootprintForm;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.Problems;
import io.tacitcrm.ui.shell.TextLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opens an opportunity at a customer or edits one; its stage moves on the board or the customer page. */
public class OpportunityDialog extends Dialog {

    private final TextField name = new TextField();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField currency = new TextField();
    private final DatePicker closeDate = new DatePicker();
    private final ComboBox<ContactView> contact = new ComboBox<>();
    private final TextField nextStep = new TextField();
    private final Div message = new Div();

    public OpportunityDialog(OpportunityService opportunities, SalesProcessService stages,
                             Optional<ActivityService> footprints, AccountId account,
                             List<ContactView> contacts, Optional<OpportunityView> existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing.isPresent() ? "opportunity.edit" : "opportunity.new"));
        setWidth("min(40rem, 95vw)");
        name.setLabel(getTranslation("opportunity.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("opportunity-name");
        amount.setLabel(getTranslation("opportunity.amount"));
        amount.setId("opportunity-amount");
        currency.setLabel(getTranslation("opportunity.currency"));
        currency.setValue("CNY");
        TextLimits.limit(currency, 3);
        closeDate.setLabel(getTranslation("opportunity.closeDate"));
        closeDate.setId("opportunity-closeDate");
        contact.setLabel(getTranslation("opportunity.primaryContactId"));
        contact.setItems(contacts);
        contact.setItemLabelGenerator(c -> c.details().name());
        contact.setClearButtonVisible(true);
        nextStep.setLabel(getTranslation("opportunity.nextStep"));
        existing.ifPresent(o -> fill(o, contacts));
        Map<String, HasValidation> fields = Map.of("name", name, "amount", amount, "currency", currency,
                "closeDate", closeDate, "primaryContactId", contact, "nextStep", nextStep);
        FormLayout form = new FormLayout(name, amount, currency, closeDate, contact, nextStep);
        form.setColspan(name, 2);
        add(form, message);
        existing.ifPresent(o -> {
            add(new StagePanel(opportunities, stages, o, onSaved));
            footprints.ifPresent(activities -> {
                var details = new Details(getTranslation("activity.log"),
                        new FootprintForm(activities, account, contacts, List.of(o),
                                BrowserZone.current(getLocale()), onSaved).on(o));
                details.setId("opportunity-log");
                add(details);
            });
        });
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                OpportunityDetails details = new OpportunityDetails(name.getValue(),
                        Optional.ofNullable(amount.getValue()),
                        currency.getValue(), Optional.ofNullable(closeDate.getValue()),
                        Optional.ofNullable(contact.getValue()).map(ContactView::id), Optional.of(nextStep.getValue()));
                if (existing.isPresent()) {
                    opportunities.edit(existing.get().id(), ExpectedVersion.of(existing.get().version()), current
                            -> details);
                } else {
                    opportunities.open(new NewOpportunity(account, details, Optional.empty(), Optional.empty()));
                }
                close();
                onSaved.run();
            } catch (DomainException ex) {
                Problems.show(ex, fields, message);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("opportunity-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fill(OpportunityView o, List<ContactView> contacts) {
        var d = o.details();
        name.setValue(d.name());
        d.amount().ifPresent(amount::setValue);
        currency.setValue(d.currency());
        d.closeDate().ifPresent(closeDate::setValue);
        d.primaryContact().flatMap(id -> contacts.stream().filter(c -> c.id().equals(id)).findFirst())
                .ifPresent(contact::setValue);
        nextStep.setValue(d.nextStep().orElse(""));
    }
}
