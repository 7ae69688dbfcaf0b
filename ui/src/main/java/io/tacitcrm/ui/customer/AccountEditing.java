package io.tacitcrm.ui.customer;

import io.tacitcrm.access.service.Permit;
import io.tacitcrm.access.service.RecordSharing;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.customer.service.AccountChange;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens the customer form wired to the services: the form itself only edits values, this decides what saving,
 * deleting and showing who can see the customer do, and tells the opener what changed.
 */
final class AccountEditing {

    private final AccountService accounts;
    private final RecordSharing sharing;

    AccountEditing(AccountService accounts, RecordSharing sharing) {
        this.accounts = accounts;
        this.sharing = sharing;
    }

    /** A new customer, owned by the user. */
    void create(Runnable onCreated) {
        new AccountDialog(Optional.empty(), form -> accounts.open(new AccountChange(form.details(), Optional.empty())),
                onCreated).open();
    }

    /**
     * The customer's details, editable when the user may change them. {@code onChanged} gets the customer as saved,
     * or empty when it was deleted.
     */
    void edit(AccountView account, Consumer<Optional<AccountView>> onChanged) {
        Permit permit = accounts.permit(account.id());
        AccountView[] saved = {account};
        AccountDialog dialog = new AccountDialog(Optional.of(AccountForm.of(account.details())),
                form -> saved[0] = accounts.edit(account.id(), ExpectedVersion.of(account.version()),
                        current -> new AccountChange(form.details(), Optional.empty())),
                () -> onChanged.accept(Optional.of(saved[0])));
        dialog.add(new AccessPanel(() -> sharing.whoCanAccess(accounts.permit(account.id()))));
        if (!permit.mayEdit()) {
            dialog.readOnly("account.view", "account.read-only");
        } else {
            dialog.deletable("account.delete.title", "account.delete.text", account.details().name(),
                    () -> accounts.close(account.id(), ExpectedVersion.of(account.version())), "account.deleted",
                    () -> onChanged.accept(Optional.empty()));
        }
        dialog.open();
    }
}
