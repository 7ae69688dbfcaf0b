package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The database wall: every connection EclipseLink takes from the pool gets {@code app.tenant_id} set to the request's
 * tenant. The row-level-security policies read that setting, so even SQL that escaped the ORM's filter sees only the
 * current tenant — and, with no tenant, nothing at all.
 *
 * <p>Inside a JTA transaction the setting is transaction-local: PostgreSQL drops it at commit or rollback, so no
 * second round trip is needed to clear it. Outside one it is set for the session and cleared before the connection
 * goes back to the pool.
 *
 * <p>The tenant comes from the request's {@link TenantContext}, not from the EclipseLink session, because pooled read
 * connections are acquired by the shared server session that has no tenant.
 */
public class TenantRowSecurityListener extends SessionEventAdapter {

    /** Read after the setting in the same round trip (see {@link #revision()}). */
    private static final String READ_REVISION = "; select coalesce((select access_revision from tenant_access"
            + " where tenant_id = ?::uuid), 0) + coalesce((select register_revision from tenant"
            + " where id = ?::uuid), 0)";
    private static final String APPLIED = TenantRowSecurityListener.class.getName() + ".tenant";
    private static final String REVISION = TenantRowSecurityListener.class.getName() + ".revision";
    private static volatile TransactionSynchronizationRegistry transactions;
    /**
     * The request-scoped context's client proxy, which finds the current request's instance on every call. Looked up
     * once: {@code CDI.current()} walks the caller's stack in Liberty, which cost 6 % of a request's CPU when done
     * per connection.
     */
    private static volatile TenantContext tenantContext;

    @Override
    public void postAcquireConnection(SessionEvent event) {
        boolean inTransaction = inTransaction();
        Optional<TenantId> tenant = currentTenant();
        if (inTransaction && alreadyApplied(event, tenant.map(TenantId::toString).orElse(""))) {
            return;
        }
        apply(event, tenant, inTransaction);
    }

    /**
     * EclipseLink takes a connection from the pool for every query; inside a transaction the server hands back the one
     * physical connection enlisted in it (a second one could not commit with it), whose transaction-local setting is
     * still there. Remembering that for the transaction saves a round trip per query. (Were it ever another
     * connection, its queries would see nothing: the wall fails closed.)
     */
    private static boolean alreadyApplied(SessionEvent event, String tenant) {
        if (!(event.getResult() instanceof Accessor accessor) || accessor.getConnection() == null) {
            return false;
        }
        if (tenant.equals(transactions.getResource(APPLIED))) {
            return true;
        }
        transactions.putResource(APPLIED, tenant);
        return false;
    }

    /**
     * The tenant's access revision as the current transaction's first statement on the tenant's connection read it;
     * empty before that statement or outside a transaction.
     */
    static OptionalLong revision() {
        return inTransaction() && transactions.getResource(REVISION) instanceof Long revision
                ? OptionalLong.of(revision) : OptionalLong.empty();
    }

    private static void apply(SessionEvent event, Optional<TenantId> tenant, boolean transactionLocal) {
        if (!(event.getResult() instanceof Accessor accessor) || accessor.getConnection() == null) {
            return;
        }
        Connection connection = accessor.getConnection();
        boolean read = transactionLocal && tenant.isPresent();
        String set = transactionLocal ? TenantSetting.forTransaction(tenant) : TenantSetting.forSession(tenant);
        // one round trip for both statements: the driver sends them together
        try (PreparedStatement statement = connection.prepareStatement(read ? set + READ_REVISION : set)) {
            if (read) {
                statement.setString(1, tenant.orElseThrow().toString());
                statement.setString(2, tenant.orElseThrow().toString());
                statement.execute();
                statement.getMoreResults();
                try (ResultSet rs = statement.getResultSet()) {
                    if (rs.next()) {
                        transactions.putResource(REVISION, rs.getLong(1));
                    }
                }
            } else {
                statement.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply the tenant to a database connection", e);
        }
    }

    private static boolean inTransaction() {
        try {
            if (transactions == null) {
                transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            }
            return transactions.getTransactionKey() != null;
        } catch (NamingException e) {
            return false;
        }
    }

    private static Optional<TenantId> currentTenant() {
        try {
            TenantContext context = tenantContext;
            if (context == null) {
                context = CDI.current().select(TenantContext.class).get();
                tenantContext = context;
            }
            return context.current();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Optional.empty();
        }
    }
}
