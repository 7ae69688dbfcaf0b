package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.RateCounts;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.GlobalSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/** Each call in a transaction of its own: the counts are shared at once, whatever the caller does next. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class JdbcRateCounts implements RateCounts {

    @Inject
    GlobalSql sql;

    @Override
    public Map<TenantId, Long> exchange(Instant minute, String server, Map<TenantId, Long> mine) {
        List<TenantId> tenants = List.copyOf(mine.keySet());
        Object[] ids = tenants.stream().map(TenantId::value).toArray();
        Object[] counts = tenants.stream().map(mine::get).toArray();
        sql.update("insert into tenant_api_minute (tenant_id, minute, server, requests)"
                + " select u.t, ?, ?, u.r from unnest(?::uuid[], ?::bigint[]) as u(t, r)"
                + " join tenant on tenant.id = u.t"
                + " on conflict (tenant_id, minute, server) do update set requests = excluded.requests", ps -> {
                    ps.setTimestamp(1, Timestamp.from(minute));
                    ps.setString(2, server);
                    ps.setArray(3, ps.getConnection().createArrayOf("uuid", ids));
                    ps.setArray(4, ps.getConnection().createArrayOf("bigint", counts));
                });
        return sql.query("select tenant_id, sum(requests) from tenant_api_minute where minute = ? and server <> ?"
                + " and tenant_id = any(?::uuid[]) group by tenant_id", ps -> {
                    ps.setTimestamp(1, Timestamp.from(minute));
                    ps.setString(2, server);
                    ps.setArray(3, ps.getConnection().createArrayOf("uuid", ids));
                }, rs -> {
                    Map<TenantId, Long> others = new HashMap<>();
                    while (rs.next()) {
                        others.put(new TenantId(rs.getObject(1, UUID.class)), rs.getLong(2));
                    }
                    return others;
                });
    }

    @Override
    public void forgetBefore(Instant minute) {
        sql.update("delete from tenant_api_minute where minute < ?", ps -> ps.setTimestamp(1, Timestamp.from(minute)));
    }

    @Override
    public OptionalInt perMinute(TenantId tenant) {
        return sql.query("select p.api_per_minute from tenant t join plan p on p.code = t.plan where t.id = ?",
                ps -> ps.setObject(1, tenant.value()), rs -> {
                    if (!rs.next()) {
                        return OptionalInt.empty();
                    }
                    int limit = rs.getInt(1);
                    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(limit);
                });
    }
}
