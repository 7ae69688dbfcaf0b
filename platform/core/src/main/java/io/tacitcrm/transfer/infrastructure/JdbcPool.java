package io.tacitcrm.transfer.infrastructure;

import io.tacitcrm.common.persistence.SqlLimit;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import io.tacitcrm.transfer.domain.Pool;
import io.tacitcrm.transfer.domain.PoolPolicy;
import io.tacitcrm.transfer.domain.PooledCustomer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The public pool in set-based SQL: a sweep returns any number of customers in one statement. */
@ApplicationScoped
class JdbcPool implements Pool {

    @Inject
    TenantSql sql;

    @Override
    public PoolPolicy policy() {
        return sql.query("select idle_days, claim_cap, version from pool_policy where tenant_id = ?", ps
                -> ps.setObject(1, sql.tenant()),
                rs -> rs.next() ? new PoolPolicy(Optional.ofNullable((Integer) rs.getObject(1)), rs.getInt(2),
                        rs.getLong(3)) : PoolPolicy.OFF);
    }

    @Override
    public boolean savePolicy(PoolPolicy policy, long expectedVersion) {
        return sql.update("insert into pool_policy (tenant_id, idle_days, claim_cap, version) values (?, ?, ?, 1)"
                + " on conflict (tenant_id) do update set idle_days = excluded.idle_days, claim_cap = "
                + "excluded.claim_cap,"
                + " version = pool_policy.version + 1 where pool_policy.version = ?", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, policy.idleDays().orElse(null), Types.INTEGER);
                    ps.setInt(3, policy.claimCap());
                    ps.setLong(4, expectedVersion);
                }) == 1;
    }

    @Override
    public int sweep(Instant cutoff, Instant now) {
        // updated_at moves too: a plugin reading "changed since" sees the customer leave its owner
        return sql.update("update account a set pooled_at = ?, updated_at = ?, version = a.version + 1"
                + " where a.tenant_id = ? and a.pooled_at is null and a.created_at < ? and not exists (select 1"
                + " from activity x where x.tenant_id = a.tenant_id and x.account_id = a.id"
                + " and x.status = 'DONE' and x.occurred_at >= ?)", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setObject(3, sql.tenant());
                    ps.setTimestamp(4, Timestamp.from(cutoff));
                    ps.setTimestamp(5, Timestamp.from(cutoff));
                });
    }

    @Override
    public List<PooledCustomer> page(Optional<PoolCursor> after, int limit) {
        return sql.query("select a.id, a.name, a.industry, a.region, a.value_tier, a.pooled_at, a.owner_id, u.name,"
                // the subquery names the workspace itself: Citus routes it to one shard only by a value it sees
                + " (select max(x.occurred_at) from activity x where x.tenant_id = ? and x.account_id = "
                + "a.id and x.status = 'DONE')"
                + " from account a join app_user u on u.tenant_id = a.tenant_id and u.id = a.owner_id"
                + " where a.tenant_id = ? and a.pooled_at is not null"
                + (after.isPresent() ? " and (a.pooled_at < ? or (a.pooled_at = ? and a.id < ?))" : "")
                + " order by a.pooled_at desc, a.id desc" + SqlLimit.of(limit), ps -> {
                    int i = 1;
                    ps.setObject(i++, sql.tenant());
                    ps.setObject(i++, sql.tenant());
                    if (after.isPresent()) {
                        ps.setTimestamp(i++, Timestamp.from(after.get().pooledAt()));
                        ps.setTimestamp(i++, Timestamp.from(after.get().pooledAt()));
                        ps.setObject(i, after.get().id().value());
                    }
                }, rs -> {
                    List<PooledCustomer> rows = new ArrayList<>();
                    while (rs.next()) {
                        Timestamp last = rs.getTimestamp(9);
                        rows.add(new PooledCustomer(new AccountId(rs.getObject(1, UUID.class)), rs.getString(2),
                                Optional.ofNullable(rs.getString(3)),
                                Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                                        rs.getTimestamp(6).toInstant(),
                                new UserId(rs.getObject(7, UUID.class)), rs.getString(8), Optional.ofNullable(last)
                                        .map(Timestamp::toInstant)));
                    }
                    return rows;
                });
    }

    @Override
    public void lockClaimsOf(UserId rep) {
        // no key update: one rep's claims wait for each other, the rep's other writes (which reference the row) do not
        sql.query("select 1 from app_user where tenant_id = ? and id = ? for no key update", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, rep.value());
        }, rs -> rs.next());
    }

    @Override
    public int claimsSince(UserId rep, Instant since) {
        return sql.query("select count(*) from pool_claim where tenant_id = ? and user_id = ? and claimed_at > ?", ps
                -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, rep.value());
            ps.setTimestamp(3, Timestamp.from(since));
        }, rs -> {
            rs.next();
            return rs.getInt(1);
        });
    }

    @Override
    public Optional<UserId> claim(AccountId account, UserId rep, Instant now) {
        // the row is locked by the select, so the owner read is the one the update replaces
        Optional<UserId> previous = sql.query("select owner_id from account where tenant_id = ? and id = ?"
                + " and pooled_at is not null for no key update", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, account.value());
                }, rs -> rs.next() ? Optional.of(new UserId(rs.getObject(1, UUID.class))) : Optional.<UserId>empty());
        if (previous.isEmpty()) {
            return previous;
        }
        int claimed = sql.update("update account set owner_id = ?, pooled_at = null, version = version + 1, "
                + "updated_at = ?"
                + " where tenant_id = ? and id = ? and pooled_at is not null", ps -> {
                    ps.setObject(1, rep.value());
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setObject(3, sql.tenant());
                    ps.setObject(4, account.value());
                });
        if (claimed == 1) {
            sql.update("insert into pool_claim (tenant_id, id, account_id, user_id, claimed_at) values (?, "
                    + "gen_random_uuid(), ?, ?, ?)", ps -> {
                ps.setObject(1, sql.tenant());
                ps.setObject(2, account.value());
                ps.setObject(3, rep.value());
                ps.setTimestamp(4, Timestamp.from(now));
            });
        }
        return claimed == 1 ? previous : Optional.empty();
    }
}
