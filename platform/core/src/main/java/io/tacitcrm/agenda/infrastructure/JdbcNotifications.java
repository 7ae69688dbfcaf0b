package io.tacitcrm.agenda.infrastructure;

import io.tacitcrm.agenda.domain.NewNotification;
import io.tacitcrm.agenda.domain.Notification;
import io.tacitcrm.agenda.domain.NotificationCursor;
import io.tacitcrm.agenda.domain.NotificationKind;
import io.tacitcrm.agenda.domain.Notifications;
import io.tacitcrm.agenda.domain.ReminderDay;
import io.tacitcrm.agenda.domain.ReminderPolicy;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.persistence.SqlLimit;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reminders in set-based SQL: raising one kind for a user is one statement, however much has fallen due. */
@ApplicationScoped
class JdbcNotifications implements Notifications {

    /** At most this many reminders of one kind are raised at once (a book of long-forgotten deals, say). */
    private static final int RAISE_AT_MOST = 200;
    /** Reminders due longer ago than this are trimmed when the user's are next raised. */
    private static final Duration KEPT = Duration.ofDays(90);
    private static final String COLUMNS = "insert into notification (tenant_id, id, user_id, kind, subject_id,"
            + " occasion, due_at, account_id, title, detail, created_at) ";
    /** A time-raised reminder whose subject moved (rescheduled, re-entered its stage) is due again, unread. */
    private static final String AGAIN = " on conflict (tenant_id, user_id, kind, subject_id, occasion) do update set"
            + " due_at = excluded.due_at, title = excluded.title, detail = excluded.detail, read_at = null"
            + " where notification.due_at <> excluded.due_at";
    /**
     * Leaves out what is already raised as it stands, so that raising again writes (and locks) nothing: an insert
     * whose conflict clause declines to update still locks the row it met.
     */
    private static final String UNCHANGED = " and not exists (select 1 from notification x where x.tenant_id = ?"
            + " and x.user_id = ? and x.kind = ? and x.subject_id = %s and x.due_at = %s)";
    private static final String FOLLOW_UPS = COLUMNS + "select a.tenant_id, gen_random_uuid(), a.owner_id,"
            + " 'FOLLOW_UP', a.id, (a.occurred_at at time zone ?)::date, a.occurred_at, a.account_id, a.subject,"
            + " c.name, ? from activity a join account c on c.tenant_id = a.tenant_id and c.id = a.account_id"
            + " where a.tenant_id = ? and a.owner_id = ? and a.status = 'PLANNED' and a.occurred_at >= ?"
            + " and a.occurred_at < ?" + UNCHANGED.formatted("a.id", "a.occurred_at")
            + " order by a.occurred_at desc" + SqlLimit.of(RAISE_AT_MOST) + AGAIN;
    private static final String STALLED = COLUMNS + "select o.tenant_id, gen_random_uuid(), o.owner_id,"
            + " 'DEAL_STALLED', o.id, (o.stage_entered_at at time zone ?)::date, o.stage_entered_at, o.account_id,"
            + " o.name, s.name, ? from opportunity o join sales_stage s on s.tenant_id = o.tenant_id"
            + " and s.id = o.stage_id where o.tenant_id = ? and o.owner_id = ? and o.closed_at is null"
            + " and s.kind = 'OPEN' and o.stage_entered_at < ?" + UNCHANGED.formatted("o.id", "o.stage_entered_at")
            + " order by o.stage_entered_at desc"
            + SqlLimit.of(RAISE_AT_MOST) + AGAIN;
    /** Asked of those who work in the field: someone with a footprint in the last two weeks. */
    private static final String REPORT = COLUMNS + "select ?, ?, ?, 'REPORT_MISSING', ?, ?, ?, null, '', '', ?"
            + " where not exists (select 1 from daily_report r where r.tenant_id = ? and r.author_id = ?"
            + " and r.report_date = ?) and exists (select 1 from activity a where a.tenant_id = ? and a.owner_id = ?"
            + " and a.occurred_at >= ? and a.occurred_at < ?) on conflict do nothing";
    /** Only reminders whose cause still stands: see {@link Notifications}. */
    /**
     * Whether a reminder still stands. Its subqueries name the workspace themselves ({@value #STANDING_TENANTS}
     * parameters), not through the reminder's row: Citus routes a subquery to one shard only by a value it can see.
     */
    private static final String STANDING = " and (n.kind in ('HANDED_OVER', 'TRANSFERRED')"
            + " or (n.kind = 'FOLLOW_UP' and exists (select 1 from activity a where a.tenant_id = ?"
            + " and a.id = n.subject_id and a.status = 'PLANNED' and a.owner_id = n.user_id"
            + " and a.occurred_at = n.due_at))"
            + " or (n.kind = 'DEAL_STALLED' and exists (select 1 from opportunity o where o.tenant_id = ?"
            + " and o.id = n.subject_id and o.closed_at is null and o.owner_id = n.user_id"
            + " and o.stage_entered_at = n.due_at))"
            + " or (n.kind = 'REPORT_MISSING' and not exists (select 1 from daily_report r"
            + " where r.tenant_id = ? and r.author_id = n.user_id and r.report_date = n.occasion)))";
    private static final int STANDING_TENANTS = 3;

    @Inject
    TenantSql sql;

    @Override
    public int raise(UserId user, ReminderDay day, ReminderPolicy policy) {
        Timestamp now = Timestamp.from(day.now());
        String zone = day.zone().getId();
        sql.update("delete from notification where tenant_id = ? and user_id = ? and due_at < ?", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, user.value());
            ps.setTimestamp(3, Timestamp.from(day.now().minus(KEPT)));
        });
        int raised = sql.update(FOLLOW_UPS, ps -> {
            ps.setString(1, zone);
            ps.setTimestamp(2, now);
            ps.setObject(3, sql.tenant());
            ps.setObject(4, user.value());
            ps.setTimestamp(5, Timestamp.from(day.followUpsFrom()));
            ps.setTimestamp(6, Timestamp.from(day.end()));
            ps.setObject(7, sql.tenant());
            ps.setObject(8, user.value());
            ps.setString(9, "FOLLOW_UP");
        });
        raised += sql.update(STALLED, ps -> {
            ps.setString(1, zone);
            ps.setTimestamp(2, now);
            ps.setObject(3, sql.tenant());
            ps.setObject(4, user.value());
            ps.setTimestamp(5, Timestamp.from(day.stalledBefore(policy)));
            ps.setObject(6, sql.tenant());
            ps.setObject(7, user.value());
            ps.setString(8, "DEAL_STALLED");
        });
        Optional<Instant> evening = day.reportEvening(policy);
        if (evening.isPresent()) {
            raised += sql.update(REPORT, ps -> {
                ps.setObject(1, sql.tenant());
                ps.setObject(2, Ids.newId());
                ps.setObject(3, user.value());
                ps.setObject(4, user.value());
                ps.setObject(5, day.today());
                ps.setTimestamp(6, Timestamp.from(evening.get()));
                ps.setTimestamp(7, now);
                ps.setObject(8, sql.tenant());
                ps.setObject(9, user.value());
                ps.setObject(10, day.today());
                ps.setObject(11, sql.tenant());
                ps.setObject(12, user.value());
                ps.setTimestamp(13, Timestamp.from(day.start().minus(Duration.ofDays(14))));
                ps.setTimestamp(14, Timestamp.from(day.end()));
            });
        }
        return raised;
    }

    @Override
    public void add(NewNotification n, Instant now) {
        // without a title, a reminder about a customer is titled with the customer's name (looked up first: Citus
        // carries an insert with a subquery to the workers with COPY, which row-level security refuses)
        String title = clip(n.title()).isEmpty() && n.accountId().isPresent() ? sql.query("select c.name from"
                + " account c where c.tenant_id = ? and c.id = ?", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, n.accountId().get());
                }, rs -> rs.next() ? rs.getString(1) : "") : clip(n.title());
        sql.update(COLUMNS + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, Ids.newId());
            ps.setObject(3, n.user().value());
            ps.setString(4, n.kind().name());
            ps.setObject(5, n.subjectId());
            ps.setObject(6, n.occasion());
            ps.setTimestamp(7, Timestamp.from(n.at()));
            ps.setObject(8, n.accountId().orElse(null));
            ps.setString(9, title);
            ps.setString(10, clip(n.detail()));
            ps.setTimestamp(11, Timestamp.from(now));
        });
    }

    @Override
    public List<Notification> page(UserId user, boolean unreadOnly, Optional<NotificationCursor> after, int limit) {
        return sql.query("select n.id, n.kind, n.subject_id, n.occasion, n.due_at, n.account_id, n.title, n.detail,"
                + " n.created_at, n.read_at from notification n where n.tenant_id = ? and n.user_id = ?"
                + (unreadOnly ? " and n.read_at is null" : "") + STANDING
                + (after.isPresent() ? " and (n.due_at < ? or (n.due_at = ? and n.id < ?))" : "")
                + " order by n.due_at desc, n.id desc" + SqlLimit.of(limit), ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, user.value());
                    int i = bindStanding(ps, 2);
                    if (after.isPresent()) {
                        ps.setTimestamp(i + 1, Timestamp.from(after.get().dueAt()));
                        ps.setTimestamp(i + 2, Timestamp.from(after.get().dueAt()));
                        ps.setObject(i + 3, after.get().id());
                    }
                }, rs -> {
                    List<Notification> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(read(rs));
                    }
                    return rows;
                });
    }

    @Override
    public int unread(UserId user) {
        return sql.query("select count(*) from notification n where n.tenant_id = ? and n.user_id = ?"
                + " and n.read_at is null" + STANDING, ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, user.value());
                    bindStanding(ps, 2);
                }, rs -> rs.next() ? rs.getInt(1) : 0);
    }

    /** Binds {@link #STANDING}'s workspace after parameter {@code last}; answers the last parameter bound. */
    private int bindStanding(PreparedStatement ps, int last) throws SQLException {
        for (int i = 1; i <= STANDING_TENANTS; i++) {
            ps.setObject(last + i, sql.tenant());
        }
        return last + STANDING_TENANTS;
    }

    @Override
    public boolean markRead(UserId user, UUID id, Instant now) {
        return sql.update("update notification set read_at = coalesce(read_at, ?) where tenant_id = ?"
                + " and user_id = ? and id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setObject(2, sql.tenant());
                    ps.setObject(3, user.value());
                    ps.setObject(4, id);
                }) == 1;
    }

    @Override
    public int markAllRead(UserId user, Instant now) {
        return sql.update("update notification set read_at = ? where tenant_id = ? and user_id = ?"
                + " and read_at is null", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setObject(2, sql.tenant());
                    ps.setObject(3, user.value());
                });
    }

    private static Notification read(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp(10);
        return new Notification(rs.getObject(1, UUID.class), NotificationKind.valueOf(rs.getString(2)),
                rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant(),
                Optional.ofNullable(rs.getObject(6, UUID.class)), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), Optional.ofNullable(read).map(Timestamp::toInstant));
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
