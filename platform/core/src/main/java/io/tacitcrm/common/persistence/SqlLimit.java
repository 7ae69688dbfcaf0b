package io.tacitcrm.common.persistence;

/**
 * A row limit written into SQL text ({@code " limit 50"}) rather than bound ({@code " limit ?"}): PostgreSQL costs a
 * cached plan with a bound limit as if a tenth of the rows were wanted, so it keeps planning such a statement at every
 * execution (see {@link TacitPostgreSQLPlatform}, which does the same for JPQL). The value is an {@code int}, so
 * nothing but digits reaches the text.
 */
public final class SqlLimit {

    private SqlLimit() {
    }

    /** {@code " limit n"}; a limit below one is a programming error. */
    public static String of(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a row limit is at least 1: " + rows);
        }
        return " limit " + rows;
    }
}
