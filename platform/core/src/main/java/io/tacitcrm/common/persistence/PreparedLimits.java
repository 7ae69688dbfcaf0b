package io.tacitcrm.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;

/**
 * Read-only reads with a row limit, their SQL written once per text, result type and limit.
 *
 * <p>EclipseLink writes a query's SQL anew whenever its row limit changes ({@code ReadQuery.setMaxRows} marks it
 * unprepared), and its JPQL cache hands out copies prepared without a limit: every {@code setMaxResults} re-wrote the
 * SQL of every list, a tenth of a list request's CPU. A query that ran once with its limit is kept here and later
 * reads run it as EclipseLink runs a named query: the shared prepared query is copied per execution, and its
 * parameters and the tenant discriminator are bound per execution, so nothing of one request stays in it.
 */
final class PreparedLimits {

    /** Shapes times limits; beyond this many, reads are prepared each time (as before) rather than kept. */
    static final int MOST = 2_000;

    private static final ConcurrentMap<Key, DatabaseQuery> PREPARED = new ConcurrentHashMap<>();

    private PreparedLimits() {
    }

    /**
     * Up to {@code rows} rows of {@code jpql}: the kept query with its parameters bound by {@code binding}, or, the
     * first time, the query {@code fresh} builds (bound, read-only, limited), which is kept once it ran.
     */
    static <T> List<T> list(EntityManager em, String jpql, Class<T> type, int rows, Supplier<TypedQuery<T>> fresh,
                            Consumer<Query> binding) {
        JpaEntityManager jpa = em.unwrap(JpaEntityManager.class);
        Key key = new Key(jpa.getServerSession(), jpql, type, rows);
        DatabaseQuery prepared = PREPARED.get(key);
        if (prepared != null) {
            Query query = copyOf(jpa, prepared);
            binding.accept(query);
            return results(query);
        }
        TypedQuery<T> query = fresh.get();
        List<T> result = query.getResultList();
        // kept only once it ran: its first execution prepared it, with the limit
        DatabaseQuery ran = query.unwrap(DatabaseQuery.class);
        if (ran.isPrepared() && PREPARED.size() < MOST) {
            PREPARED.putIfAbsent(key, ran);
        }
        return result;
    }

    /**
     * A query running the kept one. An entity manager with properties (the tenant's) copies the query it is given, and
     * EclipseLink's copy of a report query (ids, columns) comes out marked unprepared — its clone re-adds the items,
     * which clears the mark — though its SQL and items were copied prepared: every execution wrote its SQL again (4 %
     * of the read mix's CPU). See {@link #preparedLike}.
     */
    static Query copyOf(JpaEntityManager jpa, DatabaseQuery prepared) {
        return preparedLike(prepared, jpa.createQuery(prepared));
    }

    /**
     * {@code query}, marked prepared again if EclipseLink's copy of the prepared {@code original} lost the mark: the
     * copy is what the original was, so it runs as EclipseLink's own execution copies run. Call it before anything
     * that changes the SQL (a row limit), which clears the mark for good reason.
     */
    static Query preparedLike(DatabaseQuery original, Query query) {
        DatabaseQuery copy = query.unwrap(DatabaseQuery.class);
        if (copy != original && original.isPrepared() && !copy.isPrepared()) {
            copy.setIsPrepared(true);
        }
        return query;
    }

    /** The query EclipseLink parsed from this JPQL and keeps prepared for copying, if it has one. */
    static Optional<DatabaseQuery> parsed(EntityManager em, String jpql) {
        return Optional.ofNullable(em.unwrap(JpaEntityManager.class).getServerSession().getProject()
                .getJPQLParseCache().get(jpql));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> results(Query query) {
        return query.getResultList();
    }

    /** The session tells persistence units apart (the core's, a test's). */
    private record Key(Object session, String jpql, Class<?> type, int rows) {
    }
}
