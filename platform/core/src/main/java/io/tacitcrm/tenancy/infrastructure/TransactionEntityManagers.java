package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.domain.TenantOwned;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionScoped;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/**
 * The one place the ORM learns the tenant. Repositories take their entity manager from here, per call; it lives as long
 * as the current transaction and is joined to it.
 *
 * <ul>
 *   <li>{@link #tenantData()} carries the request's tenant as EclipseLink's multitenant property, so every query on a
 *       {@link TenantOwned} entity is filtered by {@code tenant_id} and every insert carries it. With no tenant bound
 * it
 *       cannot be created: the data layer fails closed.</li>
 *   <li>{@link #global()} has no tenant: it serves the GLOBAL tables (the tenant register) and EclipseLink refuses it
 *       any tenant-owned entity.</li>
 * </ul>
 */
@TransactionScoped
public class TransactionEntityManagers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @PersistenceUnit(unitName = "tacit")
    transient EntityManagerFactory factory;

    @Inject
    TenantContext tenantContext;

    private transient EntityManager tenantData;
    private transient EntityManager global;

    public EntityManager tenantData() {
        if (tenantData == null) {
            tenantData = joined(factory.createEntityManager(Map.of(TenantOwned.PROPERTY, tenantContext.require()
                    .value().toString())));
        }
        return tenantData;
    }

    public EntityManager global() {
        if (global == null) {
            global = joined(factory.createEntityManager());
        }
        return global;
    }

    private static EntityManager joined(EntityManager em) {
        em.joinTransaction();
        return em;
    }

    @PreDestroy
    void close() {
        if (tenantData != null) {
            tenantData.close();
        }
        if (global != null) {
            global.close();
        }
    }
}
