package io.tacitcrm.common.persistence;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.queries.ReadQuery;

/**
 * PostgreSQL as EclipseLink writes it, except that a first page's row limit is written into the SQL
 * ({@code LIMIT 20}) instead of bound ({@code LIMIT $17 OFFSET $18}).
 *
 * <p>Why: a cached (generic) plan cannot see a bound limit, so PostgreSQL costs it as if a tenth of the rows were
 * wanted; that plan then always looks dearer than one made for the values, and every list statement was planned
 * again at every execution — a manager's page spent 0.34 ms planning for 0.10 ms running. With the limit in the text
 * the cached plan costs what the custom one does and is kept. {@link PreparedLimits} already keeps one prepared query
 * per limit, so the number of statement texts does not grow.
 *
 * <p>Only pages from the first row (every list here pages by keyset); a query with a first row keeps EclipseLink's
 * bound form. The call keeps EclipseLink's row settings (unlike the bound form, which ignores them): that is what makes
 * EclipseLink write the SQL again when the limit or the first row of a prepared query changes, so a written limit is
 * never stale; for a first page they only repeat the limit to the driver.
 */
public class TacitPostgreSQLPlatform extends PostgreSQLPlatform {

    @Override
    public void printSQLSelectStatement(DatabaseCall call, ExpressionSQLPrinter printer,
                                        SQLSelectStatement statement) {
        ReadQuery query = statement.getQuery();
        if (query == null || query.getMaxRows() <= 0 || query.getFirstResult() != 0 || !shouldUseRownumFiltering()) {
            super.printSQLSelectStatement(call, printer, statement);
            return;
        }
        statement.setUseUniqueFieldAliases(true);
        call.setFields(statement.printSQL(printer));
        printer.printString(" LIMIT " + query.getMaxRows());
    }
}
