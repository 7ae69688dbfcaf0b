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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
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

    /**
     * For a viewer with no one below (a rep), the OR of the visibility branches would filter a scan of the whole ordered
     * index to find their few records; instead each branch yields its first {@code limit + 1} ids in the requested order,
     * and one more query loads the union of those ids in that order: the page is always among them, and PostgreSQL does
     * all the ordering (collation and uuid order included).
     */
    @Override
    public List<Account> page(AccountQuery query) {
        var viewer = query.viewer().orElseThrow(() -> new IllegalArgumentException("an account list needs a viewer"));
        int rows = query.limit().value() + 1;
        Optional<List<VisibilityJpql.Condition>> branches = VisibilityJpql.readableBranches("a", Account.OBJECT_TYPE, viewer);
        if (branches.isEmpty() || viewer.leadsOtherRoles()) {
            // Everything, or a manager's usually large share of it: walking the ordered index with the visibility
            // filter finds a page after a few rows.
            return select("select a from Account a", Account.class, query,
                    VisibilityJpql.readable("a", Account.OBJECT_TYPE, viewer)).setMaxResults(rows).getResultList();
        }
        Set<UUID> candidates = new HashSet<>();
        for (VisibilityJpql.Condition branch : branches.get()) {
            // distinct over the id and every sort key: a record reached by two shares counts once towards the limit
            String head = "select distinct a.id, a.createdAt, a.name from Account a" + (branch.join().isEmpty() ? "" : ", " + branch.join());
            select(head, Object[].class, query, Optional.of(branch)).setMaxResults(rows).getResultList()
                    .forEach(row -> candidates.add((UUID) row[0]));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        var ids = new VisibilityJpql.Condition("a.id in :v_candidates", java.util.Map.of("v_candidates", List.copyOf(candidates)));
        return select("select a from Account a", Account.class, query, Optional.of(ids)).setMaxResults(rows).getResultList();
    }

    /** The query's filters, cursor and order on top of {@code head}, with an extra condition if given. */
    private <T> TypedQuery<T> select(String head, Class<T> type, AccountQuery query, Optional<VisibilityJpql.Condition> extra) {
        List<String> where = new ArrayList<>();
        extra.ifPresent(c -> where.add(c.jpql()));
        // name, phone, or one of its contacts' names and phones: how people remember a customer
        // (an uncorrelated IN: PostgreSQL runs it once as a hashed subplan, where EXISTS inside an OR runs per row;
        // contacts match by substring through trigram indexes — terms under three characters have no trigrams and
        // scan the tenant's contacts, slow in very large tenants but never wrong)
        query.text().ifPresent(t -> where.add("(lower(a.name) like :text escape '!' or a.phone like :text escape '!'"
                + " or a.id in (select c.accountId from Contact c"
                + " where lower(c.name) like :contactText escape '!' or c.phone like :contactText escape '!'))"));
        query.owner().ifPresent(o -> where.add("a.ownerId = :owner"));
        query.filters().industry().ifPresent(i -> where.add("a.industry = :industry"));
        query.filters().region().ifPresent(r -> where.add("a.region = :region"));
        query.filters().valueTier().ifPresent(t -> where.add("a.valueTier = :tier"));
        query.after().ifPresent(c -> where.add(keysetCondition(query.sort())));
        String jpql = head + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by " + order(query.sort());
        TypedQuery<T> q = em().createQuery(jpql, type).setHint("eclipselink.read-only", "true");
        extra.ifPresent(c -> c.bind(q));
        query.text().ifPresent(t -> {
            String term = escapeLike(t.toLowerCase(Locale.ROOT));
            q.setParameter("text", "%" + term + "%");
            q.setParameter("contactText", "%" + term + "%");
        });
        query.owner().ifPresent(o -> q.setParameter("owner", o.value()));
        query.filters().industry().ifPresent(i -> q.setParameter("industry", i));
        query.filters().region().ifPresent(r -> q.setParameter("region", r));
        query.filters().valueTier().ifPresent(t -> q.setParameter("tier", t));
        query.after().ifPresent(c -> bindCursor(q, c));
        return q;
    }

    /** The row comparison spelled out, with a redundant range on the sort key so PostgreSQL seeks in the index instead of filtering from its start. */
    private static String keysetCondition(AccountSort sort) {
        return switch (sort) {
            case NEWEST -> "a.createdAt <= :key and (a.createdAt < :key or (a.createdAt = :key and a.id < :id))";
            case OLDEST -> "a.createdAt >= :key and (a.createdAt > :key or (a.createdAt = :key and a.id > :id))";
            case NAME -> "a.name >= :key and (a.name > :key or (a.name = :key and a.id > :id))";
            case NAME_DESC -> "a.name <= :key and (a.name < :key or (a.name = :key and a.id < :id))";
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

    private static void bindCursor(TypedQuery<?> q, AccountCursor cursor) {
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
    public Set<AccountId> readableAmong(java.util.Collection<AccountId> ids, io.tacitcrm.access.domain.Viewer viewer) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Optional<VisibilityJpql.Condition> visible = VisibilityJpql.readable("a", Account.OBJECT_TYPE, viewer);
        TypedQuery<UUID> q = em().createQuery("select a.id from Account a where a.id in :ids"
                + visible.map(c -> " and " + c.jpql()).orElse(""), UUID.class)
                .setParameter("ids", ids.stream().map(AccountId::value).toList());
        visible.ifPresent(c -> c.bind(q));
        return q.getResultList().stream().map(AccountId::new).collect(java.util.stream.Collectors.toSet());
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

    @Override
    public java.util.Map<String, List<AccountId>> idsNamed(java.util.Collection<String> names) {
        java.util.Map<String, List<AccountId>> result = new java.util.HashMap<>();
        List<String> all = List.copyOf(names);
        for (int i = 0; i < all.size(); i += 1000) {
            em().createQuery("select a.name, a.id from Account a where a.name in :names", Object[].class)
                    .setParameter("names", all.subList(i, Math.min(all.size(), i + 1000))).getResultList()
                    .forEach(row -> result.computeIfAbsent((String) row[0], n -> new ArrayList<>()).add(new AccountId((UUID) row[1])));
        }
        return result;
    }

    @Override
    public void flushAndForget() {
        em().flush();
        em().clear();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
