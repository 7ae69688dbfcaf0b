package io.tacitcrm.customer.infrastructure;

import io.tacitcrm.common.persistence.JpqlCondition;
import io.tacitcrm.common.persistence.Keyset;
import io.tacitcrm.common.persistence.ListQuery;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.Contact;
import io.tacitcrm.customer.domain.ContactCursor;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.customer.domain.ContactRepository;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaContactRepository implements ContactRepository {

    private static final Keyset BY_NAME = Keyset.of("c.name", "c.id");

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Contact> find(ContactId id) {
        return Optional.ofNullable(em().find(Contact.class, id.value()));
    }

    @Override
    public List<Contact> ofAccount(AccountId account, Optional<ContactCursor> after, int limit) {
        return ListQuery.select("select c from Contact c")
                .where(JpqlCondition.of("c.accountId = :account", "account", account.value()))
                .ordered(BY_NAME, after.map(ContactCursor::keys))
                .list(em(), Contact.class, limit + 1);
    }

    @Override
    public List<Contact> ofAccounts(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return em()
                .createQuery("select c from Contact c where c.accountId in :accounts order by c.accountId, c.name, "
                        + "c.id", Contact.class)
                .setHint("eclipselink.read-only", "true")
                .setParameter("accounts", accounts.stream().map(AccountId::value).toList()).getResultList();
    }

    @Override
    public void add(Contact contact) {
        em().persist(contact);
    }

    @Override
    public void remove(Contact contact) {
        em().remove(contact);
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public void flushAndForget() {
        entityManagers.requireCommittable();
        em().flush();
        em().clear();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
