package io.tacitcrm.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One list read, built from parts: a head ({@code select a from Account a}), conditions that bind their own
 * parameters, and a keyset order with the position after which the page starts. Every list repository reads through
 * it, so a filter, a visibility condition or a cursor is added the same way everywhere.
 */
public final class ListQuery {

    private final String head;
    private final List<JpqlCondition> conditions = new ArrayList<>();
    private Optional<Keyset> order = Optional.empty();

    private ListQuery(String head) {
        this.head = head;
    }

    public static ListQuery select(String head) {
        return new ListQuery(head);
    }

    public ListQuery where(JpqlCondition condition) {
        conditions.add(condition);
        return this;
    }

    public ListQuery where(Optional<JpqlCondition> condition) {
        condition.ifPresent(conditions::add);
        return this;
    }

    public ListQuery where(List<JpqlCondition> all) {
        conditions.addAll(all);
        return this;
    }

    /** A filter that applies when the value is given, e.g. {@code where(owner, o -> of("a.ownerId = :owner", …))}. */
    public <V> ListQuery where(Optional<V> value, Function<V, JpqlCondition> condition) {
        value.map(condition).ifPresent(conditions::add);
        return this;
    }

    /** Ordered by the keyset, starting after the row the cursor's keys name (from the first row without one). */
    public ListQuery ordered(Keyset keyset, Optional<List<Object>> after) {
        order = Optional.of(keyset);
        after.map(keyset::after).ifPresent(conditions::add);
        return this;
    }

    public String jpql() {
        return head + JpqlCondition.allOf(conditions).map(c -> " where " + c.jpql()).orElse("")
                + order.map(k -> " order by " + k.orderBy()).orElse("");
    }

    /**
     * The query, read-only (list rows are views, never changed through it), its parameters bound; a report query runs
     * as prepared as the one EclipseLink parsed (see PreparedLimits.preparedLike).
     */
    public <T> TypedQuery<T> create(EntityManager em, Class<T> type) {
        String jpql = jpql();
        TypedQuery<T> query = em.createQuery(jpql, type).setHint("eclipselink.read-only", "true");
        PreparedLimits.parsed(em, jpql).ifPresent(parsed -> PreparedLimits.preparedLike(parsed, query));
        bind(query);
        return query;
    }

    private void bind(Query query) {
        conditions.forEach(c -> c.bind(query));
    }

    /** Up to {@code rows} rows, read-only; the SQL for this shape and limit is written once (see PreparedLimits). */
    public <T> List<T> list(EntityManager em, Class<T> type, int rows) {
        return PreparedLimits.list(em, jpql(), type, rows, () -> create(em, type).setMaxResults(rows), this::bind);
    }
}
