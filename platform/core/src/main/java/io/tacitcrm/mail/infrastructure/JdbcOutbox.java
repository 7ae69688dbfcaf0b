package io.tacitcrm.mail.infrastructure;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.mail.domain.OutgoingMail;
import io.tacitcrm.mail.domain.Outbox;
import io.tacitcrm.mail.domain.QueuedMail;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The outbox of the request's workspace, in plain SQL: claiming due rows is one statement that skips locked ones. */
@ApplicationScoped
class JdbcOutbox implements Outbox {

    private static final String CLAIM = "update mail_outbox m set attempts = m.attempts + 1, next_attempt_at = ?"
            + " from (select id from mail_outbox where tenant_id = ? and sent_at is null and given_up_at is null"
            + " and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked) due"
            + " where m.tenant_id = ? and m.id = due.id"
            + " returning m.id, m.kind, m.recipient, m.subject, m.body_text, m.body_html, m.attempts";
    private static final String REFRESH_DUE = "with next as (select min(next_attempt_at) at from mail_outbox"
            + " where tenant_id = ? and sent_at is null and given_up_at is null),"
            + " gone as (delete from mail_due where tenant_id = ? and (select at from next) is null)"
            + " insert into mail_due (tenant_id, due_at) select ?, at from next where at is not null"
            + " on conflict (tenant_id) do update set due_at = excluded.due_at";

    @Inject
    TenantSql sql;

    @Override
    public UUID add(OutgoingMail mail, Instant now) {
        UUID id = Ids.newId();
        sql.update("insert into mail_outbox (tenant_id, id, kind, recipient, subject, body_text, body_html,"
                + " created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setObject(2, id);
                    ps.setString(3, mail.kind());
                    ps.setString(4, mail.recipient());
                    ps.setString(5, mail.subject());
                    ps.setString(6, mail.text());
                    ps.setString(7, mail.html());
                    ps.setTimestamp(8, Timestamp.from(now));
                    ps.setTimestamp(9, Timestamp.from(now));
                });
        refreshDue();
        return id;
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, Instant leaseUntil, int max) {
        return sql.query(CLAIM, ps -> {
            ps.setTimestamp(1, Timestamp.from(leaseUntil));
            ps.setObject(2, sql.tenant());
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setInt(4, max);
            ps.setObject(5, sql.tenant());
        }, rs -> {
            List<QueuedMail> claimed = new ArrayList<>();
            while (rs.next()) {
                claimed.add(new QueuedMail(rs.getObject(1, UUID.class), new OutgoingMail(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), rs.getInt(7)));
            }
            return claimed;
        });
    }

    @Override
    public void markSent(UUID id, Instant now) {
        sql.update("update mail_outbox set sent_at = ?, body_text = '', body_html = '', last_error = null"
                + " where tenant_id = ? and id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setObject(2, sql.tenant());
                    ps.setObject(3, id);
                });
    }

    @Override
    public void retryAt(UUID id, Instant next, String error) {
        sql.update("update mail_outbox set next_attempt_at = ?, last_error = ? where tenant_id = ? and id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(next));
            ps.setString(2, error);
            ps.setObject(3, sql.tenant());
            ps.setObject(4, id);
        });
    }

    @Override
    public void giveUp(UUID id, Instant now, String error) {
        sql.update("update mail_outbox set given_up_at = ?, last_error = ?, body_text = '', body_html = ''"
                + " where tenant_id = ? and id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setString(2, error);
                    ps.setObject(3, sql.tenant());
                    ps.setObject(4, id);
                });
    }

    @Override
    public void refreshDue() {
        sql.update(REFRESH_DUE, ps -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, sql.tenant());
            ps.setObject(3, sql.tenant());
        });
    }
}
