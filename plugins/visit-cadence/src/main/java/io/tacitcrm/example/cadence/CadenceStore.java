package io.tacitcrm.example.cadence;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.CustomerRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The module's tables: each customer's owner and latest visit, and the nightly counts per rep. */
final class CadenceStore {

    /** One customer as the module keeps it; {@code lastVisit} is what the company's rule counts as one. */
    record Entry(UUID customerId, UUID ownerId, Optional<Instant> lastVisit) {
    }

    private CadenceStore() {
    }

    /** Records the customers' owners (new customers start without a visit). */
    static void owners(PluginContext context, Collection<CustomerRecord> customers) {
        if (customers.isEmpty()) {
            return;
        }
        context.database().inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into customer_cadence (tenant_id, customer_id, owner_id) values (?, ?, ?)
                    on conflict (tenant_id, customer_id) do update set owner_id = excluded.owner_id""")) {
                for (CustomerRecord customer : customers) {
                    upsert.setObject(1, context.tenant().id());
                    upsert.setObject(2, customer.id());
                    upsert.setObject(3, customer.ownerId());
                    upsert.addBatch();
                }
                return upsert.executeBatch().length;
            }
        });
    }

    static void owner(PluginContext context, UUID customerId, UUID ownerId) {
        update(context, "update customer_cadence set owner_id = ? where tenant_id = ? and customer_id = ?",
                ownerId, customerId);
    }

    /** A done footprint at {@code at}: the latest footprint (and visit, if face to face) move forward, never back. */
    static boolean footprint(PluginContext context, UUID customerId, Instant at, boolean faceToFace) {
        return context.database().inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update customer_cadence"
                    + " set last_touch_at = greatest(last_touch_at, ?)"
                    + (faceToFace ? ", last_visit_at = greatest(last_visit_at, ?)" : ", last_visit_at = last_visit_at")
                    + " where tenant_id = ? and customer_id = ?")) {
                int i = 1;
                update.setTimestamp(i++, Timestamp.from(at));
                if (faceToFace) {
                    update.setTimestamp(i++, Timestamp.from(at));
                }
                update.setObject(i++, context.tenant().id());
                update.setObject(i, customerId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Sets the latest visit and footprint outright (after a footprint was deleted or corrected). */
    static void latest(PluginContext context, UUID customerId, Optional<Instant> visit, Optional<Instant> touch) {
        context.database().inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update customer_cadence"
                    + " set last_visit_at = ?, last_touch_at = ? where tenant_id = ? and customer_id = ?")) {
                time(update, 1, visit);
                time(update, 2, touch);
                update.setObject(3, context.tenant().id());
                update.setObject(4, customerId);
                return update.executeUpdate();
            }
        });
    }

    private static void time(PreparedStatement statement, int index, Optional<Instant> at) throws SQLException {
        if (at.isPresent()) {
            statement.setTimestamp(index, Timestamp.from(at.get()));
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /** The column the rule reads: face-to-face visits, or any footprint. */
    private static String column(CadenceRule rule) {
        return rule.anyFootprint() ? "last_touch_at" : "last_visit_at";
    }

    static void forget(PluginContext context, UUID customerId) {
        context.database().inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from customer_cadence where tenant_id = ? and customer_id = ?")) {
                delete.setObject(1, context.tenant().id());
                delete.setObject(2, customerId);
                return delete.executeUpdate();
            }
        });
    }

    static Optional<Entry> find(PluginContext context, UUID customerId, CadenceRule rule) {
        return context.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select customer_id, owner_id, "
                    + column(rule) + " from customer_cadence where tenant_id = ? and customer_id = ?")) {
                query.setObject(1, context.tenant().id());
                query.setObject(2, customerId);
                List<Entry> found = entries(query);
                return found.stream().findFirst();
            }
        });
    }

    /**
     * Up to {@code limit} customers last visited before {@code cutoff} (never visited first, then the longest ago),
     * of one owner when given, after the customer {@code after} in that order.
     */
    static List<Entry> due(PluginContext context, CadenceRule rule, Instant now, Optional<UUID> owner,
                           Optional<Entry> after, int limit) {
        Instant cutoff = rule.cutoff(now);
        String last = column(rule);
        StringBuilder sql = new StringBuilder("select customer_id, owner_id, " + last + " from customer_cadence"
                + " where tenant_id = ? and (" + last + " is null or " + last + " < ?)");
        owner.ifPresent(o -> sql.append(" and owner_id = ?"));
        after.ifPresent(a -> sql.append(a.lastVisit().isEmpty()
                ? " and ((" + last + " is null and customer_id > ?) or " + last + " is not null)"
                : " and " + last + " is not null and (" + last + ", customer_id) > (?, ?)"));
        // the limit written, not bound: PostgreSQL keeps a plan for a written limit, and plans a bound one every time
        sql.append(" order by ").append(last).append(" nulls first, customer_id limit ").append(limit);
        return context.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                int i = 1;
                query.setObject(i++, context.tenant().id());
                query.setTimestamp(i++, Timestamp.from(cutoff));
                if (owner.isPresent()) {
                    query.setObject(i++, owner.get());
                }
                if (after.isPresent()) {
                    if (after.get().lastVisit().isPresent()) {
                        query.setTimestamp(i++, Timestamp.from(after.get().lastVisit().get()));
                    }
                    query.setObject(i, after.get().customerId());
                }
                return entries(query);
            }
        });
    }

    /** Every customer, a page at a time in id order (for counts that must leave out what the user may not see). */
    static List<Entry> page(PluginContext context, CadenceRule rule, Optional<UUID> after, int limit) {
        return context.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select customer_id, owner_id, "
                    + column(rule) + " from customer_cadence where tenant_id = ? and customer_id > ?"
                    + " order by customer_id limit " + limit)) {
                query.setObject(1, context.tenant().id());
                query.setObject(2, after.orElse(new UUID(0, 0)));
                return entries(query);
            }
        });
    }

    /** Counts each rep's customers and overdue customers as of {@code takenAt}, for the trend. */
    static int snapshot(PluginContext context, Instant takenAt, CadenceRule rule) {
        return context.database().inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into overdue_snapshot (tenant_id, taken_at, owner_id, customers, overdue)
                    select tenant_id, ?, owner_id, count(*),
                           count(*) filter (where %1$s is null or %1$s < ?)
                      from customer_cadence where tenant_id = ? group by tenant_id, owner_id
                    on conflict do nothing""".formatted(column(rule)))) {
                insert.setTimestamp(1, Timestamp.from(takenAt));
                insert.setTimestamp(2, Timestamp.from(rule.cutoff(takenAt)));
                insert.setObject(3, context.tenant().id());
                return insert.executeUpdate();
            }
        });
    }

    /** The nightly counts taken at or after {@code since}, newest first, of one owner when given. */
    static List<Snapshot> snapshots(PluginContext context, Instant since, Optional<UUID> owner) {
        return context.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select taken_at, owner_id, customers, overdue"
                    + " from overdue_snapshot where tenant_id = ? and taken_at >= ?"
                    + (owner.isPresent() ? " and owner_id = ?" : "") + " order by taken_at desc, owner_id")) {
                query.setObject(1, context.tenant().id());
                query.setTimestamp(2, Timestamp.from(since));
                if (owner.isPresent()) {
                    query.setObject(3, owner.get());
                }
                List<Snapshot> found = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Snapshot(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class),
                                rs.getInt(3), rs.getInt(4)));
                    }
                }
                return found;
            }
        });
    }

    /** One rep's counts of one night. */
    record Snapshot(Instant takenAt, UUID ownerId, int customers, int overdue) {
    }

    private static void update(PluginContext context, String sql, UUID value, UUID customerId) {
        context.database().inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, value);
                update.setObject(2, context.tenant().id());
                update.setObject(3, customerId);
                return update.executeUpdate();
            }
        });
    }

    private static List<Entry> entries(PreparedStatement query) throws SQLException {
        List<Entry> found = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                found.add(new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant)));
            }
        }
        return found;
    }
}
