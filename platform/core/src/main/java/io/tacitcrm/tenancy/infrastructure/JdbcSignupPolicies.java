package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.domain.SignupPolicies;
import io.tacitcrm.tenancy.domain.SignupPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class JdbcSignupPolicies implements SignupPolicies {

    private static final Duration KEPT = Duration.ofDays(2);

    @Inject
    GlobalSql sql;

    @Override
    public SignupPolicy current() {
        return sql.query("select reserved_names, max_per_address_per_day, approval_required from signup_policy",
                ps -> { }, rs -> {
                    if (!rs.next()) {
                        return SignupPolicy.open();
                    }
                    String[] names = (String[]) rs.getArray(1).getArray();
                    int max = rs.getInt(2);
                    OptionalInt perDay = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(max);
                    return new SignupPolicy(Set.copyOf(Arrays.asList(names)), perDay, rs.getBoolean(3));
                });
    }

    @Override
    public void change(SignupPolicy policy, Optional<UUID> operator, Instant at) {
        sql.update("update signup_policy set reserved_names = ?, max_per_address_per_day = ?,"
                + " approval_required = ?, changed_at = ?, changed_by = ?", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text",
                            policy.reservedNames().stream().sorted().toArray()));
                    if (policy.maxPerAddressPerDay().isPresent()) {
                        ps.setInt(2, policy.maxPerAddressPerDay().getAsInt());
                    } else {
                        ps.setNull(2, Types.INTEGER);
                    }
                    ps.setBoolean(3, policy.approvalRequired());
                    ps.setTimestamp(4, Timestamp.from(at));
                    ps.setObject(5, operator.orElse(null));
                });
    }

    @Override
    public Window signupsSince(String address, Instant since) {
        return sql.query("select count(*), min(at) from signup_attempt where address = ? and at > ?", ps -> {
            ps.setString(1, address);
            ps.setTimestamp(2, Timestamp.from(since));
        }, rs -> {
            rs.next();
            Timestamp first = rs.getTimestamp(2);
            return new Window(rs.getLong(1), Optional.ofNullable(first).map(Timestamp::toInstant));
        });
    }

    @Override
    public void recordSignup(String address, Instant at) {
        sql.update("delete from signup_attempt where at < ?", ps -> ps.setTimestamp(1, Timestamp.from(at.minus(KEPT))));
        sql.update("insert into signup_attempt (address, at) values (?, ?)", ps -> {
            ps.setString(1, address);
            ps.setTimestamp(2, Timestamp.from(at));
        });
    }
}
