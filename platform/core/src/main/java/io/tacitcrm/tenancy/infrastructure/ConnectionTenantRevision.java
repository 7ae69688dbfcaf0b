package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.service.TenantRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.OptionalLong;

/** The revision {@link TenantRowSecurityListener} read when the transaction took its connection. */
@ApplicationScoped
class ConnectionTenantRevision implements TenantRevision {

    private final TransactionEntityManagers entityManagers;

    @Inject
    ConnectionTenantRevision(TransactionEntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    /** For CDI's proxy only. */
    protected ConnectionTenantRevision() {
        this(null);
    }

    @Override
    public long current() {
        OptionalLong seen = TenantRowSecurityListener.revision();
        if (seen.isEmpty()) {
            // taking the connection runs the listener's first statement, which reads the revision
            entityManagers.tenantData().unwrap(Connection.class);
            seen = TenantRowSecurityListener.revision();
        }
        return seen.orElseThrow(() -> new IllegalStateException("The workspace's access revision could not be read"));
    }
}
