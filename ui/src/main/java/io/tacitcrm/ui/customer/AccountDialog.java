package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.access.service.RecordSharing;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.CompanySize;
import io.tacitcrm.customer.domain.ValueTier;
import io.tacitcrm.customer.service.AccountChange;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.ui.shell.FieldErrors;
import io.tacitcrm.ui.shell.TextLimits;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Opens a new account or edits one. The fields are read into {@link AccountDetails} (a value object that checks
 * itself) — never bound to the entity — and the service's field errors appear next to the fields.
 */
class AccountDialog extends Dialog {

    private final AccountService accounts;
    private final RecordSharing sharing;
    private final Optional<AccountView> existing;
    private final Runnable onChange;
    private final TextField name = new TextField();
    private final TextField industry = new TextField();
    private final TextField region = new TextField();
    private final Select<CompanySize> size = new Select<>();
    private final Select<ValueTier> valueTier = new Select<>();
    private final TextField website = new TextField();
    private final TextField phone = new TextField();
    private final Div error = new Div();
    private final Map<String, HasValidation> fields = Map.of("name", name, "industry", industry, "region", region,
            "website", website, "phone", phone);

    AccountDialog(AccountService accounts, RecordSharing sharing, Optional<AccountView> existing, Runnable onChange) {
        this.accounts = accounts;
        this.sharing = sharing;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(getTranslation(existing.isPresent() ? "account.edit" : "account.new"));
        setWidth("min(42rem, 95vw)");
        setup(name, "name", 200);
        name.setRequiredIndicatorVisible(true);
        setup(industry, "industry", 100);
        setup(region, "region", 100);
        setup(website, "website", 300);
        setup(phone, "phone", 40);
        size.setLabel(getTranslation("account.size"));
        size.setItems(CompanySize.values());
        size.setEmptySelectionAllowed(true);
        size.setItemLabelGenerator(s -> s == null ? "" : getTranslation("size." + s.name()));
        size.setId("account-size");
        valueTier.setLabel(getTranslation("account.valueTier"));
        valueTier.setItems(ValueTier.values());
        valueTier.setEmptySelectionAllowed(true);
        valueTier.setItemLabelGenerator(t -> t == null ? "" : getTranslation("tier." + t.name()));
        valueTier.setId("account-valueTier");
        existing.ifPresent(this::fill);
        error.addClassName("tacit-form-error");
        FormLayout form = new FormLayout(name, industry, region, size, valueTier, website, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        add(form, error);
        existing.ifPresent(a -> add(new AccessPanel(() -> sharing.whoCanAccess(accounts.permit(a.id())))));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (existing.isPresent() && !accounts.permit(existing.get().id()).mayEdit()) {
            readOnly(save, cancel);
            return;
        }
        existing.ifPresent(a -> {
            Button delete = new Button(getTranslation("action.delete"), e -> confirmDelete(a));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getStyle().set("margin-inline-end", "auto");
            getFooter().addComponentAsFirst(delete);
        });
    }

    /** Shown to someone who may read but not change the customer: no save, no delete, and a word why. */
    private void readOnly(Button save, Button cancel) {
        setHeaderTitle(getTranslation("account.view"));
        Stream.of(name, industry, region, website, phone).forEach(f -> f.setReadOnly(true));
        size.setReadOnly(true);
        valueTier.setReadOnly(true);
        save.setVisible(false);
        cancel.setText(getTranslation("action.close"));
        error.removeClassName("tacit-form-error");
        error.setText(getTranslation("account.read-only"));
        error.setId("account-read-only");
    }

    private void setup(TextField field, String key, int max) {
        field.setLabel(getTranslation("account." + key));
        TextLimits.limit(field, max);
        field.setId("account-" + key);
    }

    private void fill(AccountView a) {
        AccountDetails d = a.details();
        name.setValue(d.name());
        industry.setValue(d.industry().orElse(""));
        region.setValue(d.region().orElse(""));
        size.setValue(d.size().orElse(null));
        valueTier.setValue(d.valueTier().orElse(null));
        website.setValue(d.website().orElse(""));
        phone.setValue(d.phone().orElse(""));
    }

    private void save() {
        error.setText("");
        try {
            AccountDetails details = new AccountDetails(name.getValue(), Optional.of(industry.getValue()),
                    Optional.of(region.getValue()), Optional.ofNullable(size.getValue()),
                            Optional.ofNullable(valueTier.getValue()),
                    Optional.of(website.getValue()), Optional.of(phone.getValue()));
            AccountChange change = new AccountChange(details, Optional.empty());
            if (existing.isPresent()) {
                accounts.edit(existing.get().id(), ExpectedVersion.of(existing.get().version()), current -> change);
            } else {
                accounts.open(change);
            }
            done("account.saved");
        } catch (InvalidInputException e) {
            error.setText(FieldErrors.show(e.errors(), fields).stream().map(err -> FieldErrors.translate(this, err))
                    .collect(Collectors.joining(" ")));
        } catch (StaleVersionException e) {
            error.setText(getTranslation("error.account.stale"));
        } catch (DomainException e) {
            error.setText(FieldErrors.translate(this, new FieldError("", e.code(), e.getMessage())));
        }
    }

    private void confirmDelete(AccountView account) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("account.delete.title"),
                getTranslation("account.delete.text", account.details().name()), getTranslation("action.delete"), e -> {
            try {
                accounts.close(account.id(), ExpectedVersion.of(account.version()));
                done("account.deleted");
            } catch (DomainException ex) {
                error.setText(FieldErrors.translate(this, new FieldError("", ex.code(), ex.getMessage())));
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void done(String messageKey) {
        close();
        onChange.run();
        Notification.show(getTranslation(messageKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
