package io.tacitcrm.customer.infrastructure;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.access.infrastructure.VisibilityJpql;
import io.tacitcrm.common.persistence.InLists;
import io.tacitcrm.common.persistence.JpqlCondition;
import io.tacitcrm.common.persistence.Keyset;
import io.tacitcrm.common.persistence.ListQuery;
import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.customer.domain.AccountCursor;
import io.tacitcrm.customer.domain.AccountFilters;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountRepository;
import io.tacitcrm.customer.domain.AccountSort;
import io.tacitcrm.customer.domain.SearchTerm;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {

    @Inject
    TransactionEntityManagers entityManagers;
    @Inject
    TenantSql sql;
    @Inject
    CommonGrams commonGrams;

    @Override
    public Optional<Account> find(AccountId id) {
        return Optional.ofNullable(em().find(Account.class, id.value()));
    }

    @Override
    public List<Account> withIds(Collection<AccountId> ids) {
        return InLists.collect(ids.stream().map(AccountId::value).toList(), slice -> em()
                .createQuery("select a from Account a where a.id in :ids", Account.class).setParameter("ids", slice)
                .getResultList());
    }

    /**
     * For a viewer with no one below (a rep), the OR of the visibility branches would filter a scan of the whole
     * ordered
     * index to find their few records; instead each branch yields its first {@code limit + 1} ids in the requested
     * order,
     * and one more query loads the union of those ids in that order: the page is always among them, and PostgreSQL does
     * all the ordering (collation and uuid order included).
     */
    @Override
    public List<Account> page(AccountQuery query) {
        var viewer = query.viewer().orElseThrow(() -> new IllegalArgumentException("an account list needs a viewer"));
        int rows = query.limit().value() + 1;
        Optional<SearchTerm> term = query.text().map(SearchTerm::new);
        Optional<List<JpqlCondition>> branches = VisibilityJpql.readableBranches("a", Account.OBJECT_TYPE,
                viewer);
        if (branches.isEmpty() || viewer.leadsOtherRoles()) {
            // Everything, or a manager's usually large share of it: walking the ordered index with the visibility
            // filter finds a page after a few rows.
            Optional<JpqlCondition> visible = VisibilityJpql.readable("a", Account.OBJECT_TYPE, viewer);
            if (term.isPresent()) {
                return search(query, term.get(), visible, rows);
            }
            return select("select a from Account a", query, List.of(), visible).list(em(), Account.class, rows);
        }
        List<JpqlCondition> search = term.map(t -> candidates(t, false).map(c -> List.of(c, matching(t)))
                .orElse(List.of(matching(t))))
                .orElse(List.of());
        if (query.sort() == AccountSort.NEWEST || query.sort() == AccountSort.OLDEST) {
            return mergedByCreation(query, branches.get(), search, rows);
        }
        Set<UUID> found = new HashSet<>();
        for (JpqlCondition branch : branches.get()) {
            // a joined branch (shares) can reach a record twice: distinct over the id and every sort key keeps it from
            // counting twice towards the limit. A branch without a join cannot, and without distinct PostgreSQL stops
            // walking the ordered index after the limit instead of de-duplicating every match first.
            String head = (branch.join().isEmpty() ? "select a.id, a.createdAt, a.name from Account a"
                    : "select distinct a.id, a.createdAt, a.name from Account a, " + branch.join());
            select(head, query, search, Optional.of(branch)).list(em(), Object[].class, rows)
                    .forEach(row -> found.add((UUID) row[0]));
        }
        // names sort by the database's collation: PostgreSQL orders the union
        return inOrder(query, found, rows);
    }

    /**
     * By creation time the branches' own pages are merged here, one query fewer: each branch yields its first rows as
     * entities (a search's own branch through its index, {@link #ownMatches}), and the page is the first of their
     * union in PostgreSQL's order — creation time, then the id compared as PostgreSQL compares uuids (unsigned, byte
     * by byte).
     */
    private List<Account> mergedByCreation(AccountQuery query, List<JpqlCondition> branches,
            List<JpqlCondition> search,
                                           int rows) {
        Map<UUID, Account> found = new HashMap<>();
        for (JpqlCondition branch : branches) {
            String head = branch.join().isEmpty() ? "select a from Account a" : "select distinct a from Account a, "
                    + branch.join();
            List<Account> first = !search.isEmpty() && branch == branches.getFirst() ? ownMatches(query, search, branch,
                    rows) : select(head, query, search, Optional.of(branch)).list(em(), Account.class, rows);
            first.forEach(a -> found.putIfAbsent(a.id().value(), a));
        }
        Comparator<Account> newest = Comparator.comparing(Account::createdAt)
                .thenComparing((x, y) -> compareUuids(x.id().value(), y.id().value())).reversed();
        return found.values().stream().sorted(query.sort() == AccountSort.NEWEST ? newest : newest.reversed())
                .limit(rows).toList();
    }

    /**
     * The rep's own customers that match a search, by creation time: their ids first, read from the index that holds
     * the search texts beside the owner's order (V39) so PostgreSQL tests each text without fetching its row; texts
     * too long for that index are looked for through the small one beside it. Then the page's rows by id.
     */
    private List<Account> ownMatches(AccountQuery query, List<JpqlCondition> search, JpqlCondition own, int rows) {
        List<UUID> ids = new ArrayList<>();
        for (JpqlCondition length : SEARCH_TEXT_LENGTHS) {
            ids.addAll(select("select a.id from Account a", query, search, Optional.of(own)).where(length)
                    .list(em(), UUID.class, rows));
        }
        return inOrder(query, ids, rows);
    }

    /** Search texts up to this many bytes are in the rep's search index (V39); an index entry has to fit a page. */
    static final int INDEXED_SEARCH_BYTES = 2_000;
    /**
     * Name, phone and contacts, lower-cased, kept by the database's triggers: a column the entity leaves unmapped,
     * so that a list page does not fetch fifty search texts it never shows.
     */
    private static final String SEARCH_TEXT = "column('search_text', a)";

    /**
     * The texts the rep's search index holds, and the longer ones. The bound is written into the SQL (SQL() keeps
     * EclipseLink from binding it), so every plan of the statement, cached ones included, knows which index answers.
     */
    private static final List<JpqlCondition> SEARCH_TEXT_LENGTHS = List.of(" <= ", " > ").stream()
            .map(op -> new JpqlCondition("function('octet_length', " + SEARCH_TEXT + ")" + op + "sql('"
                    + INDEXED_SEARCH_BYTES + "')", Map.of()))
            .toList();

    /** PostgreSQL's uuid order: the 16 bytes compared unsigned, most significant first. */
    static int compareUuids(UUID x, UUID y) {
        int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    }

    /**
     * A search over a large visible set. Row-level security leaves PostgreSQL unable to estimate how many rows a LIKE
     * keeps (its policy condition's guessed selectivity multiplies every estimate), so it would sort every match
     * instead
     * of walking the ordered index. The walk is done here: the next {@value #CHUNK} rows in order (id, sort keys and
     * search text only), tested with the same substring rule as LIKE, until the page is full. When the first rows show
     * the term to be rare, the search index names the few candidates instead.
     */
    private List<Account> search(AccountQuery query, SearchTerm term, Optional<JpqlCondition> visible,
            int rows) {
        List<UUID> found = new ArrayList<>();
        Optional<AccountCursor> after = query.after();
        int walked = 0;
        boolean looked = false;
        while (found.size() < rows) {
            List<Object[]> chunk = select("select a.id, a.createdAt, a.name, " + SEARCH_TEXT + " from Account a",
                    query.continuingAfter(after), List.of(), visible).list(em(), Object[].class, CHUNK);
            for (Object[] row : chunk) {
                if (((String) row[3]).contains(term.text()) && found.size() < rows) {
                    found.add((UUID) row[0]);
                }
            }
            walked += chunk.size();
            if (chunk.size() < CHUNK || found.size() >= rows) {
                break;
            }
            Object[] last = chunk.getLast();
            after = Optional.of(new AccountCursor(query.sort(), switch (query.sort()) {
                case NEWEST, OLDEST -> last[1].toString();
                case NAME, NAME_DESC -> (String) last[2];
            }, (UUID) last[0]));
            if (!looked && found.size() * RARE < walked) {
                looked = true;
                Optional<JpqlCondition> few = candidates(term, true);
                if (few.isPresent()) {
                    return select("select a from Account a", query, List.of(few.get(), matching(term)), visible)
                            .list(em(), Account.class, rows);
                }
            }
        }
        return inOrder(query, found, rows);
    }

    /** The accounts with these ids, in the query's order. */
    private List<Account> inOrder(AccountQuery query, Collection<UUID> ids, int rows) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = JpqlCondition.of("a.id in :v_candidates", "v_candidates", List.copyOf(ids));
        return select("select a from Account a", query.continuingAfter(Optional.empty()), List.of(), Optional.of(byId))
                .list(em(), Account.class, rows);
    }

    /** Rows read per step of a search walk. */
    static final int CHUNK = 2_000;
    /** A term found in fewer than one row in this many is rare: its candidates are looked up instead of walked to. */
    static final int RARE = 100;

    /** The query's search, filters, cursor and order on top of {@code head}, with an extra condition if given. */
    private static ListQuery select(String head, AccountQuery query, List<JpqlCondition> search,
            Optional<JpqlCondition> extra) {
        AccountFilters filters = query.filters();
        return ListQuery.select(head).where(search).where(extra)
                .where(query.owner(), o -> JpqlCondition.of("a.ownerId = :owner", "owner", o.value()))
                .where(filters.industry(), i -> JpqlCondition.of("a.industry = :industry", "industry", i))
                .where(filters.region(), r -> JpqlCondition.of("a.region = :region", "region", r))
                .where(filters.valueTier(), t -> JpqlCondition.of("a.valueTier = :tier", "tier", t))
                .where(filters.changedSince(), t -> JpqlCondition.of("a.updatedAt >= :since", "since", t))
                .ordered(ORDERS.get(query.sort()), query.after().map(AccountCursor::keys));
    }

    /** The term as a substring of the account's search text (name, phone, contacts' names and phones). */
    private static JpqlCondition matching(SearchTerm term) {
        return JpqlCondition.of(SEARCH_TEXT + " like :text escape '!'", "text", term.likePattern());
    }

    /**
     * The accounts that can contain the term, when they are few (equality on the gram is leakproof, so the index serves
     * under row-level security). Each gram's postings are read up to {@value #SPARSE_MATCHES} + 1: every account
     * containing the term is in each complete list, so the intersection of the complete ones names the candidates.
     * When every gram is common, a term of several grams may still be rare; only a caller whose walk is unbounded
     * ({@code groupCommon}: the whole workspace) then groups all their postings — for a rep, whose walk ends at their
     * own few thousand customers, that grouping cost 17–32 ms for a common word against ~1 ms for the bounded reads.
     * Empty when the term has no grams or matches too many accounts for naming them to pay. A gram seen common in the
     * workspace lately is not read again ({@link CommonGrams}).
     */
    private Optional<JpqlCondition> candidates(SearchTerm term, boolean groupCommon) {
        if (!term.indexable()) {
            return Optional.empty();
        }
        List<String> grams = term.grams();
        UUID tenant = sql.tenant();
        Optional<Set<UUID>> found = Optional.empty();
        for (String gram : grams) {
            if (commonGrams.isCommon(tenant, gram)) {
                continue;
            }
            List<UUID> postings = em().createQuery("select g.accountId from AccountSearchGram g where g.gram = :gram",
                            UUID.class).setParameter("gram", gram).setMaxResults(SPARSE_MATCHES + 1).getResultList();
            if (postings.size() <= SPARSE_MATCHES) {
                Set<UUID> complete = new HashSet<>(postings);
                found.ifPresent(complete::retainAll);
                found = Optional.of(complete);
            } else {
                commonGrams.remember(tenant, gram);
            }
        }
        if (found.isEmpty() && groupCommon && grams.size() > 1) {
            List<UUID> grouped = em().createQuery("select g.accountId from AccountSearchGram g where g.gram in :grams"
                            + " group by g.accountId having count(g) = :gramCount", UUID.class)
                    .setParameter("grams", grams).setParameter("gramCount", (long) grams.size())
                    .setMaxResults(SPARSE_MATCHES + 1).getResultList();
            if (grouped.size() <= SPARSE_MATCHES) {
                found = Optional.of(Set.copyOf(grouped));
            }
        }
        return found.map(ids -> ids.isEmpty() ? JpqlCondition.NONE
                : JpqlCondition.of("a.id in :candidates", "candidates", List.copyOf(ids)));
    }

    /** Above this many candidate accounts, a search walks the ordered index instead of fetching every candidate. */
    static final int SPARSE_MATCHES = 2_000;

    /** Each order as a keyset ending in the id, so paging is stable. */
    private static final Map<AccountSort, Keyset> ORDERS = Map.of(
            AccountSort.NEWEST, Keyset.of("a.createdAt desc", "a.id desc"),
            AccountSort.OLDEST, Keyset.of("a.createdAt", "a.id"),
            AccountSort.NAME, Keyset.of("a.name", "a.id"),
            AccountSort.NAME_DESC, Keyset.of("a.name desc", "a.id desc"));

    @Override
    public Set<AccountId> readableAmong(Collection<AccountId> ids, Viewer viewer) {
        return ids.isEmpty() ? Set.of() : among("a.id", UUID.class, ids, viewer).getResultList().stream()
                .map(AccountId::new).collect(Collectors.toSet());
    }

    @Override
    public List<Account> readable(Collection<AccountId> ids, Viewer viewer) {
        return ids.isEmpty() ? List.of() : among("a", Account.class, ids, viewer).getResultList();
    }

    private <T> TypedQuery<T> among(String selected, Class<T> type, Collection<AccountId> ids,
                                    Viewer viewer) {
        return ListQuery.select("select " + selected + " from Account a")
                .where(JpqlCondition.of("a.id in :ids", "ids", ids.stream().map(AccountId::value).distinct().toList()))
                .where(VisibilityJpql.readable("a", Account.OBJECT_TYPE, viewer)).create(em(), type);
    }

    @Override
    public void add(Account account) {
        em().persist(account);
    }

    @Override
    public void remove(Account account) {
        lockOpenDealsThenTallies(account.id());
        em().remove(account);
    }

    /**
     * Deleting a customer deletes its deals (on delete cascade), and each open deal's trigger takes its row of the
     * open-deal tally in the order the cascade meets the deals; a stage move of the same owner's other deals takes its
     * two rows in key order (V38), so the two could deadlock, as the bulk transfer did. Locked first, as the
     * transfer does: the customer (a deal being won locks it before the deal, V44), the open deals in id order (a
     * stage move of one of them then waits for the deal, holding no tally row), then their tally rows in key order.
     */
    private void lockOpenDealsThenTallies(AccountId id) {
        sql.query("select 1 from account a where a.tenant_id = ? and a.id = ? for update", ps -> bind(ps, id),
                TenantSql::rows);
        sql.query("select o.id from opportunity o where o.tenant_id = ? and o.account_id = ? and o.closed_at is null"
                + " order by o.id for update", ps -> bind(ps, id), TenantSql::rows);
        sql.query("select t.deals from open_deal_tally t where t.tenant_id = ? and exists (select 1 from opportunity o"
                + " where o.tenant_id = t.tenant_id and o.account_id = ? and o.closed_at is null"
                + " and o.stage_id = t.stage_id and o.owner_id = t.owner_id and o.currency = t.currency"
                + " and o.close_date is not distinct from t.close_date)"
                + " order by t.stage_id, t.owner_id, t.currency, coalesce(t.close_date, '-infinity'::date)"
                + " for no key update", ps -> bind(ps, id), TenantSql::rows);
    }

    private void bind(PreparedStatement ps, AccountId id) throws SQLException {
        ps.setObject(1, sql.tenant());
        ps.setObject(2, id.value());
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public Map<String, List<AccountId>> idsNamed(Collection<String> names) {
        Map<String, List<AccountId>> result = new HashMap<>();
        InLists.collect(names, slice -> em().createQuery("select a.name, a.id from Account a where a.name in :names",
                        Object[].class).setParameter("names", slice).getResultList())
                .forEach(row -> result.computeIfAbsent((String) row[0], n -> new ArrayList<>())
                        .add(new AccountId((UUID) row[1])));
        return result;
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
