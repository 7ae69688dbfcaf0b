package io.tacitcrm.customer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Contacts of the current tenant. Callers check access through the contact's account. */
public interface ContactRepository {

    Optional<Contact> find(ContactId id);

    /** Up to {@code limit + 1} contacts of the account by name, after the given name and id. */
    List<Contact> ofAccount(AccountId account, Optional<ContactCursor> after, int limit);

    /** All contacts of these accounts, by account and name. */
    List<Contact> ofAccounts(Collection<AccountId> accounts);

    void add(Contact contact);

    void remove(Contact contact);

    void flush();

    /**
     * Writes pending changes and forgets the loaded objects: keeps memory flat while importing many rows. Fails when
     * the transaction can no longer commit (it outlived its timeout), so that the import stops.
     */
    void flushAndForget();
}
