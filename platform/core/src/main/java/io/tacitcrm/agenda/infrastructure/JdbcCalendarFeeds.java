package io.tacitcrm.agenda.infrastructure;

import io.tacitcrm.agenda.domain.CalendarEntry;
import io.tacitcrm.agenda.domain.CalendarFeeds;
import io.tacitcrm.common.persistence.SqlLimit;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JdbcCalendarFeeds implements CalendarFeeds {

    @Inject
    TenantSql sql;

    @Override
    public void replace(UserId user, String secretHash, Instant now) {
        sql.update("insert into calendar_feed (tenant_id, user_id, secret_hash, created_at) values (?, ?, ?, ?)"
                + " on conflict (tenant_id, user_id) do update set secret_hash = excluded.secret_hash,"
                + " created_at = excluded.created_at", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, user.value());
                    ps.setString(3, secretHash);
                    ps.setTimestamp(4, Timestamp.from(now));
                });
    }

    @Override
    public boolean revoke(UserId user) {
        return sql.update("delete from calendar_feed where tenant_id = ? and user_id = ?", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, user.value());
        }) == 1;
    }

    @Override
    public Optional<Instant> createdAt(UserId user) {
        return sql.query("select created_at from calendar_feed where tenant_id = ? and user_id = ?", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, user.value());
        }, rs -> rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty());
    }

    @Override
    public Optional<UserId> ownerOf(String secretHash) {
        return sql.query("select user_id from calendar_feed where tenant_id = ? and secret_hash = ?", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setString(2, secretHash);
        }, rs -> rs.next() ? Optional.of(new UserId(rs.getObject(1, UUID.class))) : Optional.empty());
    }

    @Override
    public List<CalendarEntry> entries(UserId user, Instant from, Instant to, int limit) {
        return sql.query("select a.id, a.type, a.status, a.subject, a.occurred_at, a.duration_minutes,"
                + " a.account_id, c.name, a.outcome, a.updated_at from activity a join account c"
                + " on c.tenant_id = a.tenant_id and c.id = a.account_id where a.tenant_id = ? and a.owner_id = ?"
                + " and a.occurred_at >= ? and a.occurred_at < ? order by a.occurred_at" + SqlLimit.of(limit),
                ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, user.value());
                    ps.setTimestamp(3, Timestamp.from(from));
                    ps.setTimestamp(4, Timestamp.from(to));
                }, rs -> {
                    List<CalendarEntry> rows = new ArrayList<>();
                    while (rs.next()) {
                        Integer minutes = (Integer) rs.getObject(6);
                        rows.add(new CalendarEntry(rs.getObject(1, UUID.class), rs.getString(2),
                                "DONE".equals(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
                                minutes == null ? 0 : minutes, rs.getObject(7, UUID.class), rs.getString(8),
                                Optional.ofNullable(rs.getString(9)), rs.getTimestamp(10).toInstant()));
                    }
                    return rows;
                });
    }
}
