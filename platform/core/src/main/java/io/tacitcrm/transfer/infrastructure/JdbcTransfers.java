package io.tacitcrm.transfer.infrastructure;

import io.tacitcrm.access.domain.RecordShare;
import io.tacitcrm.common.persistence.SqlLimit;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import io.tacitcrm.transfer.domain.Candidate;
import io.tacitcrm.transfer.domain.Dossier;
import io.tacitcrm.transfer.domain.Moved;
import io.tacitcrm.transfer.domain.TransferCriteria;
import io.tacitcrm.transfer.domain.TransferId;
import io.tacitcrm.transfer.domain.TransferPlan;
import io.tacitcrm.transfer.domain.TransferRecord;
import io.tacitcrm.transfer.domain.Transfers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Transfers in set-based SQL: ten thousand customers move in a handful of statements instead of ten thousand entity
 * updates.
 */
@ApplicationScoped
class JdbcTransfers implements Transfers {

    @Inject
    TenantSql sql;

    @Override
    public long count(TransferCriteria criteria, UserId caller, Optional<RolePath> callerRole, UserId to, Instant now) {
        Selection selection = new Selection(tenant(), criteria, caller, callerRole, to, now);
        return query("select count(*) from account a where " + selection.where(), ps -> selection.bind(ps, 1), rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    @Override
    public List<Candidate> sample(TransferCriteria criteria, UserId caller, Optional<RolePath> callerRole, UserId to,
            Instant now, int limit) {
        Selection selection = new Selection(tenant(), criteria, caller, callerRole, to, now);
        return query("select a.id, a.name, a.owner_id, u.name from account a join app_user u on u.tenant_id = "
                + "a.tenant_id and u.id = a.owner_id"
                + " where " + selection.where() + " order by a.created_at desc, a.id desc" + SqlLimit.of(limit),
                ps -> selection.bind(ps, 1), rs -> {
                    List<Candidate> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new Candidate(new AccountId(rs.getObject(1, UUID.class)), rs.getString(2),
                                new UserId(rs.getObject(3, UUID.class)), rs.getString(4)));
                    }
                    return rows;
                });
    }

    @Override
    public Moved move(TransferId id, TransferPlan plan, UserId caller, Optional<RolePath> callerRole, Instant now) {
        Selection selection = new Selection(tenant(), plan.criteria(), caller, callerRole, plan.to(), now);
        // Locked in id order (two transfers never wait on each other in a cycle); the lock re-reads each row and
        // re-checks the selection, so a customer another transfer just moved is taken from its new owner or left alone.
        // No key update, as the update itself takes: footprints, contacts and deals can be added to them meanwhile.
        Map<AccountId, UserId> previous = query("with locked as (select a.id, a.owner_id from account a where "
                + selection.where()
                + " order by a.id for no key update of a), moved as (update account a set owner_id = ?,"
                + " pooled_at = null, version = a.version + 1, updated_at = ?"
                + " from locked l where a.tenant_id = ? and a.id = l.id returning a.id, l.owner_id) select id, "
                + "owner_id from moved", ps -> {
                    int i = selection.bind(ps, 1);
                    ps.setObject(i++, plan.to().value());
                    ps.setTimestamp(i++, Timestamp.from(now));
                    ps.setObject(i, tenant());
                }, rs -> {
                    Map<AccountId, UserId> rows = new LinkedHashMap<>();
                    while (rs.next()) {
                        rows.put(new AccountId(rs.getObject(1, UUID.class)), new UserId(rs.getObject(2, UUID.class)));
                    }
                    return rows;
                });
        if (previous.isEmpty()) {
            return new Moved(previous, 0, 0);
        }
        if (plan.includeOpenOpportunities()) {
            lockDealsThenTallies(plan.to(), previous);
        }
        int opportunities = plan.includeOpenOpportunities()
                ? carry("update opportunity o set owner_id = ?, version = o.version + 1, updated_at = ?"
                + " from unnest(?, ?) m(id, previous) where o.tenant_id = ? and o.account_id = m.id and o.owner_id = "
                + "m.previous"
                + " and o.closed_at is null", plan.to(), now, previous) : 0;
        int activities = plan.includeOpenActivities()
                ? carry("update activity x set owner_id = ?, version = x.version + 1, updated_at = ?"
                + " from unnest(?, ?) m(id, previous) where x.tenant_id = ? and x.account_id = m.id and x.owner_id = "
                + "m.previous"
                + " and x.status = 'PLANNED'", plan.to(), now, previous) : 0;
        if (plan.coOwnershipDays() > 0) {
            Instant until = now.plus(plan.coOwnershipDays(), ChronoUnit.DAYS);
            sql.updateEach("insert into record_share (tenant_id, id, object_type, record_id, grantee_type,"
                    + " grantee_id, access, cause, created_by, created_at, team_role, expires_at)"
                    + " values (?, gen_random_uuid(), 'account', ?, 'USER', ?, 'READ', 'TEAM', ?, ?, ?, ?)"
                    + " on conflict (tenant_id, object_type, record_id, grantee_type, grantee_id, cause)"
                    + " do update set access = 'READ', team_role = excluded.team_role, expires_at = "
                    + "excluded.expires_at", previous.entrySet(), (ps, moved) -> {
                        ps.setObject(1, tenant());
                        ps.setObject(2, moved.getKey().value());
                        ps.setObject(3, moved.getValue().value());
                        ps.setObject(4, caller.value());
                        ps.setTimestamp(5, Timestamp.from(now));
                        ps.setString(6, RecordShare.PREVIOUS_OWNER);
                        ps.setTimestamp(7, Timestamp.from(until));
                    });
        }
        return new Moved(previous, opportunities, activities);
    }

    /**
     * The open deals a transfer carries, then the open-deal tally rows their move takes (the old owner's keys and the
     * new one's), locked before any deal changes: the deals in id order, the rows in key order as a stage move takes
     * them (V38). Left to the deals' triggers, the rows were taken in the order the deals happened to be read, and a
     * stage move of the same owner's other deals at the same time deadlocked with the transfer; a stage move of a
     * carried deal waits for the deal, holding no tally row, when the deals are locked first.
     */
    private void lockDealsThenTallies(UserId to, Map<AccountId, UserId> previous) {
        query("select o.id from opportunity o join unnest(?, ?) m(id, previous) on o.account_id = m.id"
                + " and o.owner_id = m.previous where o.tenant_id = ? and o.closed_at is null"
                + " order by o.id for no key update of o", ps -> {
                    bindPairs(ps, 1, previous);
                    ps.setObject(3, tenant());
                }, TenantSql::rows);
        // an absent row of the new owner's is made here, in its place in the order, as the trigger would make it
        update("insert into open_deal_tally (tenant_id, stage_id, owner_id, currency, close_date, deals, amount)"
                + " select o.tenant_id, o.stage_id, w.owner_id, o.currency, o.close_date, 0, 0"
                + " from opportunity o join unnest(?, ?) m(id, previous) on o.account_id = m.id"
                + " and o.owner_id = m.previous cross join lateral (values (o.owner_id), (cast(? as uuid))) w(owner_id)"
                + " where o.tenant_id = ? and o.closed_at is null"
                + " group by o.tenant_id, o.stage_id, w.owner_id, o.currency, o.close_date"
                + " order by o.stage_id, w.owner_id, o.currency, coalesce(o.close_date, '-infinity'::date)"
                + " on conflict (tenant_id, stage_id, owner_id, currency, close_date)"
                + " do update set deals = open_deal_tally.deals", ps -> {
                    bindPairs(ps, 1, previous);
                    ps.setObject(3, to.value());
                    ps.setObject(4, tenant());
                });
    }

    private int carry(String sql, UserId to, Instant now, Map<AccountId, UserId> previous) {
        return update(sql, ps -> {
            ps.setObject(1, to.value());
            ps.setTimestamp(2, Timestamp.from(now));
            bindPairs(ps, 3, previous);
            ps.setObject(5, tenant());
        });
    }

    @Override
    public void writeDossiers(TransferId id, Moved moved) {
        update("insert into transfer_dossier (tenant_id, transfer_id, account_id, previous_owner_id, body)"
                + " select a.tenant_id, ?, a.id, (?::jsonb ->> a.id::text)::uuid, json_build_object("
                + "  'account', json_build_object('id', a.id, 'name', a.name, 'industry', a.industry, 'region', "
                + "a.region,"
                + "      'valueTier', a.value_tier, 'phone', a.phone, 'website', a.website),"
                + "  'contacts', coalesce((select json_agg(c) from (select c.id, c.name, c.title, c.phone, c.email, "
                + "c.decision_role as \"decisionRole\""
                + "      from contact c where c.tenant_id = ? and c.account_id = a.id order by case"
                // searched, not simple CASE: Citus sends a simple CASE over varchar to workers as varchar = boolean
                + "      when c.decision_role = 'DECISION_MAKER' then 0 when c.decision_role = 'ECONOMIC_BUYER' then 1"
                + "      when c.decision_role = 'CHAMPION' then 2 when c.decision_role = 'INFLUENCER' then 3"
                + "      else 4 end,"
                + "      c.name limit 10) c), '[]'),"
                + "  'lastFootprints', coalesce((select json_agg(f) from (select x.id, x.type, x.subject, x.outcome, "
                + "x.occurred_at as \"occurredAt\","
                + "      x.owner_id as \"ownerId\" from activity x where x.tenant_id = ? and x.account_id "
                + "= a.id and x.status = 'DONE'"
                + "      order by x.occurred_at desc, x.id desc limit 5) f), '[]'),"
                + "  'openOpportunities', coalesce((select json_agg(o) from (select o.id, o.name, o.amount, "
                + "o.currency, s.name as stage,"
                + "      o.stage_id as \"stageId\", o.close_date as \"closeDate\", o.next_step as \"nextStep\" from "
                + "opportunity o"
                + "      join sales_stage s on s.tenant_id = o.tenant_id and s.id = o.stage_id"
                + "      where o.tenant_id = ? and o.account_id = a.id and o.closed_at is null"
                + "      order by o.close_date nulls last, o.id limit 20) o), '[]'),"
                + "  'plannedActivities', coalesce((select json_agg(p) from (select x.id, x.type, x.subject, "
                + "x.occurred_at as \"occurredAt\""
                + "      from activity x where x.tenant_id = ? and x.account_id = a.id and x.status = "
                + "'PLANNED'"
                + "      order by x.occurred_at, x.id limit 20) p), '[]'))::text"
                // the accounts by an array and their previous owners from a JSON object, not unnest(): Citus runs an
                // insert from unnest() by COPY, which row-level security refuses; every subquery names the workspace
                // by value, so that Citus sends the whole statement to the workspace's shard alone
                + " from account a where a.tenant_id = ? and a.id = any (?)", ps -> {
                    ps.setObject(1, id.value());
                    JsonObjectBuilder owners = Json.createObjectBuilder();
                    moved.previousOwners().forEach((account, owner) -> owners.add(account.value().toString(),
                            owner.value().toString()));
                    ps.setString(2, owners.build().toString());
                    for (int i = 3; i <= 7; i++) {
                        ps.setObject(i, tenant());
                    }
                    ps.setArray(8, ps.getConnection().createArrayOf("uuid", moved.previousOwners().keySet().stream()
                            .map(AccountId::value).toArray()));
                });
    }

    @Override
    public void add(TransferRecord t) {
        update("insert into transfer (tenant_id, id, criteria, to_user_id, include_opportunities, "
                + "include_activities, co_ownership_days, note,"
                + " accounts, opportunities, activities, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)", ps -> {
                    ps.setObject(1, tenant());
                    ps.setObject(2, t.id().value());
                    ps.setString(3, t.criteria());
                    ps.setObject(4, t.to().value());
                    ps.setBoolean(5, t.includeOpenOpportunities());
                    ps.setBoolean(6, t.includeOpenActivities());
                    ps.setInt(7, t.coOwnershipDays());
                    ps.setString(8, t.note().orElse(null));
                    ps.setInt(9, t.accounts());
                    ps.setInt(10, t.opportunities());
                    ps.setInt(11, t.activities());
                    ps.setObject(12, t.by().value());
                    ps.setTimestamp(13, Timestamp.from(t.at()));
                });
    }

    @Override
    public Optional<TransferRecord> find(TransferId id) {
        return query("select id, criteria, to_user_id, include_opportunities, include_activities, co_ownership_days, "
                + "note, accounts,"
                + " opportunities, activities, created_by, created_at from transfer where tenant_id = ? and id = ?", ps
                        -> {
                    ps.setObject(1, tenant());
                    ps.setObject(2, id.value());
                }, rs -> rs.next() ? Optional.of(new TransferRecord(new TransferId(rs.getObject(1, UUID.class)),
                        rs.getString(2),
                        new UserId(rs.getObject(3, UUID.class)), rs.getBoolean(4), rs.getBoolean(5), rs.getInt(6),
                                Optional.ofNullable(rs.getString(7)),
                        rs.getInt(8), rs.getInt(9), rs.getInt(10), new UserId(rs.getObject(11, UUID.class)),
                                rs.getTimestamp(12).toInstant()))
                        : Optional.empty());
    }

    @Override
    public List<Dossier> dossiers(TransferId id, Optional<AccountId> after, int limit) {
        return query("select transfer_id, account_id, previous_owner_id, body from transfer_dossier where tenant_id "
                + "= ? and transfer_id = ?"
                + (after.isPresent() ? " and account_id > ?" : "") + " order by account_id" + SqlLimit.of(limit),
                ps -> {
                    int i = 1;
                    ps.setObject(i++, tenant());
                    ps.setObject(i++, id.value());
                    if (after.isPresent()) {
                        ps.setObject(i, after.get().value());
                    }
                }, JdbcTransfers::dossierRows);
    }

    @Override
    public Optional<Dossier> latestDossier(AccountId account) {
        return query("select d.transfer_id, d.account_id, d.previous_owner_id, d.body from transfer_dossier d join "
                + "transfer t"
                + " on t.tenant_id = d.tenant_id and t.id = d.transfer_id where d.tenant_id = ? and d.account_id = ?"
                + " order by t.created_at desc limit 1", ps -> {
                    ps.setObject(1, tenant());
                    ps.setObject(2, account.value());
                }, rs -> dossierRows(rs).stream().findFirst());
    }

    private static List<Dossier> dossierRows(ResultSet rs) throws SQLException {
        List<Dossier> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new Dossier(new TransferId(rs.getObject(1, UUID.class)), new AccountId(rs.getObject(2,
                    UUID.class)), new UserId(rs.getObject(3, UUID.class)), rs.getString(4)));
        }
        return rows;
    }

    /** Binds the moved accounts and their previous owners as two parallel uuid arrays, for {@code unnest(?, ?)}. */
    private static void bindPairs(PreparedStatement ps, int index, Map<AccountId,
            UserId> previous) throws SQLException {
        Array ids = ps.getConnection().createArrayOf("uuid", previous.keySet().stream().map(AccountId::value)
                .toArray());
        Array owners = ps.getConnection().createArrayOf("uuid", previous.values().stream().map(UserId::value)
                .toArray());
        ps.setArray(index, ids);
        ps.setArray(index + 1, owners);
    }

    private <T> T query(String statement, TenantSql.Binding binding, TenantSql.Reading<T> reading) {
        return sql.query(statement, binding, reading);
    }

    private int update(String statement, TenantSql.Binding binding) {
        return sql.update(statement, binding);
    }

    private UUID tenant() {
        return sql.tenant();
    }
}
