package io.tacitcrm.common.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Query;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.eclipse.persistence.expressions.ExpressionBuilder;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.queries.ReportQuery;
import org.junit.jupiter.api.Test;

class PreparedLimitsTest {

    @Test
    void a_kept_report_query_runs_prepared_though_eclipselink_copies_it_unprepared() {
        ReportQuery kept = new ReportQuery(Object.class, new ExpressionBuilder());
        kept.addAttribute("id");
        kept.setIsPrepared(true);
        assertFalse(((DatabaseQuery) kept.clone()).isPrepared(), "the cause: EclipseLink's copy comes out unprepared");

        DatabaseQuery ran = PreparedLimits.copyOf(copying(), kept).unwrap(DatabaseQuery.class);

        assertNotSame(kept, ran);
        assertTrue(ran.isPrepared());
    }

    @Test
    void an_entity_query_is_copied_as_it_was() {
        ReadAllQuery kept = new ReadAllQuery(Object.class);
        kept.setIsPrepared(true);

        assertTrue(PreparedLimits.copyOf(copying(), kept).unwrap(DatabaseQuery.class).isPrepared());
    }

    @Test
    void a_query_never_prepared_is_left_for_eclipselink_to_prepare() {
        ReportQuery kept = new ReportQuery(Object.class, new ExpressionBuilder());
        kept.addAttribute("id");

        assertFalse(PreparedLimits.copyOf(copying(), kept).unwrap(DatabaseQuery.class).isPrepared());
    }

    /** An entity manager with properties, as a tenant's is: the query it makes runs a copy of the one given. */
    private static JpaEntityManager copying() {
        return (JpaEntityManager) Proxy.newProxyInstance(PreparedLimitsTest.class.getClassLoader(),
                new Class<?>[] {JpaEntityManager.class}, (em, create, given) -> {
                    only("createQuery", create);
                    DatabaseQuery copy = (DatabaseQuery) ((DatabaseQuery) given[0]).clone();
                    return Proxy.newProxyInstance(PreparedLimitsTest.class.getClassLoader(),
                            new Class<?>[] {Query.class}, (query, unwrap, type) -> {
                                only("unwrap", unwrap);
                                return copy;
                            });
                });
    }

    private static void only(String name, Method called) {
        if (!called.getName().equals(name)) {
            throw new UnsupportedOperationException(called.getName());
        }
    }
}
