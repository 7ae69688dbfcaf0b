package io.tacitcrm.agenda.infrastructure;

import io.tacitcrm.agenda.domain.ReminderSetting;
import io.tacitcrm.agenda.domain.ReminderSettings;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JdbcReminderSettings implements ReminderSettings {

    @Inject
    TenantSql sql;

    @Override
    public ReminderSetting find(UserId user) {
        return sql.query("select time_zone, digest, digest_sent_on, version from reminder_setting"
                + " where tenant_id = ? and user_id = ?", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, user.value());
                }, rs -> rs.next() ? read(rs, 1) : ReminderSetting.NONE);
    }

    @Override
    public boolean save(UserId user, Optional<ZoneId> zone, boolean digest, long expectedVersion) {
        return sql.update("insert into reminder_setting (tenant_id, user_id, time_zone, digest, version)"
                + " values (?, ?, ?, ?, 1) on conflict (tenant_id, user_id) do update set"
                + " time_zone = excluded.time_zone, digest = excluded.digest,"
                + " version = reminder_setting.version + 1 where reminder_setting.version = ?", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, user.value());
                    ps.setString(3, zone.map(ZoneId::getId).orElse(null));
                    ps.setBoolean(4, digest);
                    ps.setLong(5, expectedVersion);
                }) == 1;
    }

    @Override
    public void learnZone(UserId user, ZoneId zone) {
        sql.update("insert into reminder_setting (tenant_id, user_id, time_zone, version) values (?, ?, ?, 1)"
                + " on conflict (tenant_id, user_id) do update set time_zone = excluded.time_zone,"
                + " version = reminder_setting.version + 1 where reminder_setting.time_zone is null", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, user.value());
                    ps.setString(3, zone.getId());
                });
    }

    @Override
    public List<Subscriber> digestSubscribers() {
        return sql.query("select s.user_id, s.time_zone, s.digest, s.digest_sent_on, s.version, u.locale"
                + " from reminder_setting s join app_user u on u.tenant_id = s.tenant_id and u.id = s.user_id"
                + " where s.tenant_id = ? and s.digest and u.active", ps -> ps.setObject(1, sql.tenant()), rs -> {
                    List<Subscriber> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new Subscriber(new UserId(rs.getObject(1, UUID.class)), read(rs, 2),
                                Locale.forLanguageTag(rs.getString(6))));
                    }
                    return rows;
                });
    }

    @Override
    public boolean claimDigest(UserId user, LocalDate today) {
        return sql.update("update reminder_setting set digest_sent_on = ? where tenant_id = ? and user_id = ?"
                + " and digest and (digest_sent_on is null or digest_sent_on < ?)", ps -> {
                    ps.setObject(1, today);
                    ps.setObject(2, sql.tenant());
                    ps.setObject(3, user.value());
                    ps.setObject(4, today);
                }) == 1;
    }

    private static ReminderSetting read(ResultSet rs, int first) throws SQLException {
        return new ReminderSetting(zone(rs.getString(first)), rs.getBoolean(first + 1),
                Optional.ofNullable(rs.getObject(first + 2, LocalDate.class)), rs.getLong(first + 3));
    }

    /** A zone this JVM no longer knows counts as unknown rather than failing the user's reminders. */
    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.ofNullable(id).map(ZoneId::of);
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
