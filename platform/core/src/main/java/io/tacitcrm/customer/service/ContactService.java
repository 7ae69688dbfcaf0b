package io.tacitcrm.customer.service;

import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.audit.service.Changes;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.Contact;
import io.tacitcrm.customer.domain.ContactCursor;
import io.tacitcrm.customer.domain.ContactDetails;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.customer.domain.ContactRepository;
import io.tacitcrm.identity.service.CurrentPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Contacts follow their account: whoever may read the account reads its contacts, whoever may edit it edits them.
 * A contact of an account the caller cannot see is "not found".
 */
@ApplicationScoped
@Transactional
public class ContactService {

    static final String ENTITY = "contact";

    private final ContactRepository contacts;
    private final AccountService accounts;
    private final CurrentPrincipal caller;
    private final Audit audit;
    private final Clock clock;

    @Inject
    public ContactService(ContactRepository contacts, AccountService accounts, CurrentPrincipal caller,
            Audit audit, Clock clock) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected ContactService() {
        this(null, null, null, null, null);
    }

    public Page<ContactView, ContactCursor> ofAccount(AccountId account, Optional<ContactCursor> after,
            PageLimit limit) {
        accounts.permit(account);
        List<Contact> rows = contacts.ofAccount(account, after, limit.value());
        return Page.of(rows, limit.value(), ContactCursor::after,
                page -> page.stream().map(ContactView::of).toList());
    }

    /** The contacts of those of these accounts the caller may read (two queries, however many accounts). */
    public Map<AccountId, List<ContactView>> ofReadableAccounts(Collection<AccountId> ids) {
        return contacts.ofAccounts(accounts.readableAmong(ids)).stream().map(ContactView::of)
                .collect(Collectors.groupingBy(ContactView::account));
    }

    public ContactView find(ContactId id) {
        return ContactView.of(readable(id));
    }

    /** The contact, if the caller may read it and it belongs to {@code account}: for links from other records. */
    public Optional<ContactView> findOnAccount(ContactId id, AccountId account) {
        return contacts.find(id).filter(c -> c.account().equals(account)).map(ContactView::of);
    }

    public ContactView add(AccountId account, ContactDetails details) {
        accounts.permitToEdit(account);
        Contact contact = new Contact(new ContactId(Ids.newId()), account, details, caller.require().userId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        contacts.add(contact);
        flush(); // the insert sets the stored version, which the answer's ETag must carry
        audit.created(ENTITY, contact.id().value(), "account " + account);
        return ContactView.of(contact);
    }

    /** Adds many contacts in this transaction (all or none); the caller must be able to edit every account named. */
    public int addAll(List<Map.Entry<AccountId, ContactDetails>> rows, String source) {
        var me = caller.require();
        // all checked first, together: a check between the inserts would make the ORM flush them once per customer
        accounts.permitToEditAll(rows.stream().map(Map.Entry::getKey).distinct().toList());
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int count = 0;
        for (var row : rows) {
            contacts.add(new Contact(new ContactId(Ids.newId()), row.getKey(), row.getValue(), me.userId(), now));
            if (++count % 500 == 0) {
                contacts.flushAndForget();
            }
        }
        contacts.flushAndForget();
        audit.record("IMPORT", ENTITY, me.tenantId().value(), count + " contacts from " + source);
        return count;
    }

    public ContactView edit(ContactId id, ExpectedVersion expected, Function<ContactView, ContactDetails> edit) {
        Contact contact = editable(id);
        expected.check(contact.version(), ENTITY);
        ContactDetails before = contact.details();
        ContactDetails after = edit.apply(ContactView.of(contact));
        contact.update(after, clock.instant().truncatedTo(ChronoUnit.MICROS));
        flush();
        audit.updated(ENTITY, id.value(), Changes.between(before, after));
        return ContactView.of(contact);
    }

    public void remove(ContactId id, ExpectedVersion expected) {
        Contact contact = editable(id);
        expected.check(contact.version(), ENTITY);
        contacts.remove(contact);
        flush();
        audit.deleted(ENTITY, id.value(), "account " + contact.account());
    }

    private Contact readable(ContactId id) {
        Contact contact = contacts.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        try {
            accounts.permit(contact.account());
        } catch (NotFoundException hidden) {
            throw new NotFoundException(ENTITY);
        }
        return contact;
    }

    private Contact editable(ContactId id) {
        Contact contact = readable(id);
        accounts.permitToEdit(contact.account());
        return contact;
    }

    private void flush() {
        StaleVersionException.onConflict(contacts::flush, ENTITY);
    }
}
