package io.tacitcrm.home.infrastructure;

import io.tacitcrm.home.domain.HomeLayout;
import io.tacitcrm.home.domain.HomeLayouts;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One row per user who arranged their home page. */
@ApplicationScoped
class JdbcHomeLayouts implements HomeLayouts {

    @Inject
    TenantSql sql;

    @Override
    public Optional<HomeLayout> of(UserId user) {
        return sql.query("select card_order, hidden from home_layout where tenant_id = ? and user_id = ?", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, user.value());
        }, rs -> rs.next() ? Optional.of(new HomeLayout(List.of((String[]) rs.getArray(1).getArray()),
                Set.of((String[]) rs.getArray(2).getArray()))) : Optional.empty());
    }

    @Override
    public void save(UserId user, HomeLayout layout) {
        sql.update("""
                insert into home_layout (tenant_id, user_id, card_order, hidden, changed_at) values (?, ?, ?, ?, now())
                on conflict (tenant_id, user_id) do update
                set card_order = excluded.card_order, hidden = excluded.hidden, changed_at = excluded.changed_at""",
                ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, user.value());
                    ps.setArray(3, ps.getConnection().createArrayOf("text", layout.order().toArray()));
                    ps.setArray(4, ps.getConnection().createArrayOf("text", layout.hidden().toArray()));
                });
    }
}
