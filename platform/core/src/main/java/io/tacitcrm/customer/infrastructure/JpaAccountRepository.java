package io.tacitcrm.customer.infrastructure;

import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.customer.domain.AccountCursor;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountRepository;
import io.tacitcrm.customer.domain.AccountSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.tacitcrm.access.infrastructure.VisibilityJpql;
import io.tacitcrm.common.infrastructure.TransactionEntityManagers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Account> find(AccountId id) {
        return Optional.ofNullable(em().find(Account.class, id.value()));
    }

    @Override
    public List<Account> page(AccountQuery query) {
        var viewer = query.viewer().orElseThrow(() -> new IllegalArgumentException("an account list needs a viewer"));
        Optional<VisibilityJpql.Condition> readable = VisibilityJpql.readable("a", Account.OBJECT_TYPE, viewer);
        List<String> where = new ArrayList<>();
        readable.ifPresent(c -> where.add(c.jpql()));
        query.text().ifPresent(t -> where.add("lower(a.name) like :text escape '!'"));
        query.owner().ifPresent(o -> where.add("a.ownerId = :owner"));
        query.after().ifPresent(c -> where.add(keysetCondition(query.sort())));
        String jpql = "select a from Account a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + order(query.sort());
        TypedQuery<Account> q = em().createQuery(jpql, Account.class);
        query.text().ifPresent(t -> q.setParameter("text", "%" + escapeLike(t.toLowerCase(Locale.ROOT)) + "%"));
        query.owner().ifPresent(o -> q.setParameter("owner", o.value()));
        query.after().ifPresent(c -> bindCursor(q, c));
        readable.ifPresent(c -> c.bind(q));
        return q.setMaxResults(query.limit().value() + 1).getResultList();
    }

    private static String keysetCondition(AccountSort sort) {
        return switch (sort) {
            case NEWEST -> "(a.createdAt < :key or (a.createdAt = :key and a.id < :id))";
            case OLDEST -> "(a.createdAt > :key or (a.createdAt = :key and a.id > :id))";
            case NAME -> "(a.name > :key or (a.name = :key and a.id > :id))";
            case NAME_DESC -> "(a.name < :key or (a.name = :key and a.id < :id))";
        };
    }

    private static String order(AccountSort sort) {
        return switch (sort) {
            case NEWEST -> "a.createdAt desc, a.id desc";
            case OLDEST -> "a.createdAt asc, a.id asc";
            case NAME -> "a.name asc, a.id asc";
            case NAME_DESC -> "a.name desc, a.id desc";
        };
    }

    private static void bindCursor(TypedQuery<Account> q, AccountCursor cursor) {
        switch (cursor.sort()) {
            case NEWEST, OLDEST -> q.setParameter("key", cursor.keyAsInstant());
            case NAME, NAME_DESC -> q.setParameter("key", cursor.key());
        }
        q.setParameter("id", cursor.id());
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public void add(Account account) {
        em().persist(account);
    }

    @Override
    public void remove(Account account) {
        em().remove(account);
    }

    @Override
    public void flush() {
        em().flush();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
