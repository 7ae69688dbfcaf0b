package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.SessionFacts;
import io.tacitcrm.identity.domain.SessionLookup;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One round trip per authenticated request instead of six: token (or, for a browser session, the user), workspace,
 * user, role, the permissions of the role's subtree and the user's teams in a single statement (role paths hold only
 * hex digits, hyphens and slashes, so they are
 * safe LIKE prefixes).
 */
@ApplicationScoped
class JdbcSessionLookup implements SessionLookup {

    /**
     * The subqueries name the workspace themselves ({@value #SUBQUERY_TENANTS} parameters first), not through the
     * outer row: Citus routes a subquery to one shard only by a value it can see.
     */
    private static final String FACTS = "select u.id, u.name, u.email, u.active, u.locale, u.role_id, r.path,"
            + " (select string_agg(r2.permissions, ',') from app_role r2 where r2.tenant_id = ? and "
            + "r2.path like r.path || '%'),"
            + " (select count(*) from app_role r2 where r2.tenant_id = ? and r2.path like r.path || '%'),"
            + " array(select m.team_id from team_member m where m.tenant_id = ? and m.user_id = u.id),"
            + " t.slug, t.status, coalesce(ta.access_revision, 0) + t.register_revision, u.locale_chosen, ";
    private static final String BY_TOKEN = FACTS + "k.expires_at, k.revoked_at"
            + " from api_token k join tenant t on t.id = k.tenant_id"
            + " left join tenant_access ta on ta.tenant_id = k.tenant_id"
            + " join app_user u on u.tenant_id = k.tenant_id and u.id = k.user_id"
            + " left join app_role r on r.tenant_id = u.tenant_id and r.id = u.role_id"
            + " where k.tenant_id = ? and k.secret_hash = ?"
            + " and (u.sessions_valid_from is null or k.created_at >= u.sessions_valid_from)";
    private static final String BY_USER = FACTS + "null::timestamptz, null::timestamptz"
            + " from app_user u join tenant t on t.id = u.tenant_id"
            + " left join tenant_access ta on ta.tenant_id = u.tenant_id"
            + " left join app_role r on r.tenant_id = u.tenant_id and r.id = u.role_id"
            + " where u.tenant_id = ? and u.id = ?"
            + " and (u.sessions_valid_from is null or ? >= u.sessions_valid_from)";

    private static final int SUBQUERY_TENANTS = 3;

    @Inject
    TenantSql sql;

    @Override
    public Optional<SessionFacts> byTokenHash(String secretHash) {
        return sql.query(BY_TOKEN, ps -> {
            int i = bindSubqueryTenants(ps);
            ps.setObject(i + 1, sql.tenant());
            ps.setString(i + 2, secretHash);
        }, JdbcSessionLookup::facts);
    }

    @Override
    public Optional<SessionFacts> byUser(UserId user, Instant signedInAt) {
        return sql.query(BY_USER, ps -> {
            int i = bindSubqueryTenants(ps);
            ps.setObject(i + 1, sql.tenant());
            ps.setObject(i + 2, user.value());
            ps.setTimestamp(i + 3, Timestamp.from(signedInAt));
        }, JdbcSessionLookup::facts);
    }

    private int bindSubqueryTenants(PreparedStatement ps) throws SQLException {
        for (int i = 1; i <= SUBQUERY_TENANTS; i++) {
            ps.setObject(i, sql.tenant());
        }
        return SUBQUERY_TENANTS;
    }

    private static Optional<SessionFacts> facts(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        Optional<String> path = Optional.ofNullable(rs.getString(7));
        Array teams = rs.getArray(10);
        return Optional.of(new SessionFacts(new UserId(rs.getObject(1, UUID.class)), rs.getString(2),
                EmailAddress.parse(rs.getString(3)),
                rs.getBoolean(4), rs.getString(5), Optional.ofNullable(rs.getObject(6, UUID.class)).map(RoleId::new),
                        path.map(RolePath::new),
                path.isPresent() ? rs.getInt(9) : 0, Grants.decode(rs.getString(8)), Set.of((UUID[]) teams.getArray()),
                rs.getString(11), "ACTIVE".equals(rs.getString(12)), rs.getLong(13),
                Optional.ofNullable(rs.getTimestamp(15)).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp(16)).map(Timestamp::toInstant), rs.getBoolean(14)));
    }
}
