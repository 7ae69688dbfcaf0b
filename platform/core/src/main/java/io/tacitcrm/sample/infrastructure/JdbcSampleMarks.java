package io.tacitcrm.sample.infrastructure;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.sample.domain.SampleMarks;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class JdbcSampleMarks implements SampleMarks {

    @Inject
    TenantSql sql;

    @Override
    public void mark(Collection<AccountId> accounts) {
        UUID[] ids = accounts.stream().map(AccountId::value).toArray(UUID[]::new);
        sql.update("update account set sample = true where tenant_id = ? and id = any (?)", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setArray(2, ps.getConnection().createArrayOf("uuid", ids));
        });
    }

    @Override
    public List<AccountId> samples() {
        return sql.query("select id from account where tenant_id = ? and sample", ps -> ps.setObject(1, sql.tenant()),
                rs -> {
                    List<AccountId> ids = new ArrayList<>();
                    while (rs.next()) {
                        ids.add(new AccountId(rs.getObject(1, UUID.class)));
                    }
                    return ids;
                });
    }
}
