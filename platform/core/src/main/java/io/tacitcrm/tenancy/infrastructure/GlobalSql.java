package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.infrastructure.TenantSql.Binding;
import io.tacitcrm.tenancy.infrastructure.TenantSql.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;

/**
 * Plain SQL on the GLOBAL tables (the tenant register, the operators' tables), on the transaction's connection for
 * them. Row-level security keeps every tenant-owned table out of reach here: no workspace is bound.
 */
@ApplicationScoped
public class GlobalSql {

    @Inject
    TransactionEntityManagers entityManagers;

    public <T> T query(String sql, Binding binding, Reading<T> reading) {
        return TenantSql.query(connection(), sql, binding, reading);
    }

    public int update(String sql, Binding binding) {
        return TenantSql.update(connection(), sql, binding);
    }

    private Connection connection() {
        var em = entityManagers.global();
        em.flush();
        return em.unwrap(Connection.class);
    }
}
