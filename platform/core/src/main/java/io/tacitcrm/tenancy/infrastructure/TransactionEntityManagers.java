package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.common.persistence.PersistenceFailures;
import io.tacitcrm.tenancy.domain.TenantOwned;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;

/**
 * The one place the ORM learns the tenant. Repositories take their entity manager from here, per call; it lives as long
 * as the current transaction and is joined to it.
 *
 * <ul>
 *   <li>{@link #tenantData()} carries the request's tenant as EclipseLink's multitenant property, so every query on a
 *       {@link TenantOwned} entity is filtered by {@code tenant_id} and every insert carries it. With no tenant bound
 *       it cannot be created: the data layer fails closed.</li>
 *   <li>{@link #global()} has no tenant: it serves the GLOBAL tables (the tenant register) and EclipseLink refuses it
 *       any tenant-owned entity.</li>
 * </ul>
 *
 * <p>The entity managers are held by the transaction itself (its synchronization registry) and closed when it ends.
 * This was a {@code @TransactionScoped} bean; creating one per transaction went through the container's injection
 * services each time, 4% of the server's CPU under the read mix (Flight Recorder, docs/performance.md).
 */
@ApplicationScoped
public class TransactionEntityManagers {

    @PersistenceUnit(unitName = "tacit")
    EntityManagerFactory factory;

    @Inject
    TenantContext tenantContext;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public EntityManager tenantData() {
        Held held = held();
        if (held.tenantData == null) {
            held.tenantData = joined(factory.createEntityManager(Map.of(TenantOwned.PROPERTY,
                    tenantContext.require().value().toString())));
        }
        return held.tenantData;
    }

    public EntityManager global() {
        Held held = held();
        if (held.global == null) {
            held.global = joined(factory.createEntityManager());
        }
        return held.global;
    }

    /**
     * Fails when the current transaction can no longer commit: the container rolled it back, or marked it so, as it
     * does when a transaction outlives its timeout. A batch asks between its chunks, so that it stops instead of
     * writing on for minutes into a transaction that will be undone (an import did, 13 minutes past the timeout).
     */
    public void requireCommittable() {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_ROLLING_BACK
                || status == Status.STATUS_ROLLEDBACK) {
            throw PersistenceFailures.undone();
        }
    }

    private Held held() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("an entity manager needs a transaction");
        }
        Held held = (Held) transactions.getResource(Held.class);
        if (held == null) {
            held = new Held();
            transactions.putResource(Held.class, held);
            transactions.registerInterposedSynchronization(held);
        }
        return held;
    }

    private static EntityManager joined(EntityManager em) {
        em.joinTransaction();
        return em;
    }

    /** The current transaction's entity managers, closed when it completes. */
    private static final class Held implements Synchronization {

        private EntityManager tenantData;
        private EntityManager global;

        @Override
        public void beforeCompletion() {
            // nothing to do before: EclipseLink flushes through its own synchronization
        }

        @Override
        public void afterCompletion(int status) {
            if (tenantData != null) {
                tenantData.close();
            }
            if (global != null) {
                global.close();
            }
        }
    }
}
