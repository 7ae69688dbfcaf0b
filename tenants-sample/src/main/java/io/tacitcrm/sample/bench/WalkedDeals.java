package io.tacitcrm.sample.bench;

import io.tacitcrm.sample.demo.DealWalk;
import io.tacitcrm.sample.demo.DealWalk.Footprint;
import io.tacitcrm.sample.demo.DealWalk.Move;
import io.tacitcrm.sample.demo.DealWalk.Outcome;
import io.tacitcrm.sample.demo.DealWalk.People;
import io.tacitcrm.sample.demo.DealWalk.Process;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A playbook-sized history for a generated company: deals walked through the process by the demo's {@link DealWalk}
 * (the first reps planted with the top reps' behaviours) on the company's customers until the closed deals carry the
 * footprints asked for — written by COPY on one connection per table (foreign keys and triggers held off while
 * loading, the open-deal tally recounted after).
 */
final class WalkedDeals {

    /** What was written. */
    record Written(int deals, int closed, long footprints, long closedFootprints, int changes) {
    }

    private final Random random;

    WalkedDeals(long seed) {
        this.random = new Random(seed);
    }

    Written write(DataSource superuser, UUID tenant, CrmDataGenerator.Made made, int topReps, long footprintsWanted)
            throws SQLException {
        Map<UUID, List<UUID>> contacts = new LinkedHashMap<>();
        Map<UUID, UUID> owners = new LinkedHashMap<>();
        try (Connection c = superuser.getConnection()) {
            read(c, tenant, contacts, owners);
            decisionMakers(c, tenant, contacts);
        }
        List<UUID> stages = made.stages();
        Process process = new Process(stages.subList(0, 4), stages.get(4), stages.get(5));
        DealWalk walk = new DealWalk(random, process, CrmDataGenerator.NOW);
        Set<UUID> top = new HashSet<>(made.reps().subList(0, topReps));
        List<UUID> accounts = new ArrayList<>(contacts.keySet());
        int deals = 0;
        int closed = 0;
        int changes = 0;
        long footprints = 0;
        long closedFootprints = 0;
        try (Connection co = replica(superuser); Connection ch = replica(superuser); Connection ca = replica(superuser);
             CrmDataGenerator.Rows o = new CrmDataGenerator.Rows(co, "opportunity (tenant_id, id, account_id, name,"
                     + " amount, currency, stage_id, close_date, primary_contact_id, owner_id, created_by, created_at,"
                     + " updated_at, stage_entered_at, closed_at, version)");
             CrmDataGenerator.Rows h = new CrmDataGenerator.Rows(ch, "stage_change (tenant_id, id, opportunity_id,"
                     + " from_stage_id, to_stage_id, changed_at, changed_by, owner_id)");
             CrmDataGenerator.Rows a = new CrmDataGenerator.Rows(ca, "activity (tenant_id, id, type, status, subject,"
                     + " occurred_at, duration_minutes, account_id, contact_id, opportunity_id, stage_id, owner_id,"
                     + " created_at, updated_at, version)")) {
            while (closedFootprints < footprintsWanted) {
                UUID account = accounts.get(random.nextInt(accounts.size()));
                UUID owner = owners.get(account);
                List<UUID> people = contacts.get(account);
                Instant start = CrmDataGenerator.NOW.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
                Outcome outcome = walk.walk(top.contains(owner), start, new People(people, people.getFirst()));
                UUID deal = uuid();
                o.add(tenant, deal, account, "商机 " + deals, 10_000 + random.nextInt(990_000), "CNY",
                        outcome.stage(), "2027-03-15", people.getFirst(), owner, owner, start,
                        outcome.enteredAt(), outcome.enteredAt(), outcome.closedAt().orElse(null), 1);
                for (Move m : outcome.moves()) {
                    h.add(tenant, uuid(), deal, m.from().orElse(null), m.to(), m.at(), owner, owner);
                    changes++;
                }
                for (Footprint f : outcome.footprints()) {
                    Instant at = f.done() ? f.at() : CrmDataGenerator.NOW;
                    a.add(tenant, uuid(), f.type(), f.done() ? "DONE" : "PLANNED", f.type(), f.at(), 30, account,
                            f.contact().orElse(null), deal, f.stage(), owner, at, at, 1);
                    footprints++;
                    if (f.done() && outcome.closedAt().isPresent()) {
                        closedFootprints++;
                    }
                }
                deals++;
                closed += outcome.closedAt().isPresent() ? 1 : 0;
            }
        }
        try (Connection c = superuser.getConnection();
             PreparedStatement recount = c.prepareStatement(CrmDataGenerator.RECOUNT);
             Statement st = c.createStatement()) {
            recount.setObject(1, tenant);
            recount.execute();
            st.execute("vacuum analyze opportunity, stage_change, activity, contact");
        }
        return new Written(deals, closed, footprints, closedFootprints, changes);
    }

    /** Each customer's people, and its owner (the customer's deals are its owner's). */
    private static void read(Connection c, UUID tenant, Map<UUID, List<UUID>> contacts, Map<UUID, UUID> owners)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select a.id, a.owner_id, ct.id from account a join contact ct"
                + " on ct.tenant_id = a.tenant_id and ct.account_id = a.id where a.tenant_id = ?"
                + " order by a.id, ct.id")) {
            ps.setObject(1, tenant);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    UUID account = r.getObject(1, UUID.class);
                    owners.put(account, r.getObject(2, UUID.class));
                    contacts.computeIfAbsent(account, k -> new ArrayList<>()).add(r.getObject(3, UUID.class));
                }
            }
        }
    }

    /** The first of each customer's people decides (the walk engages the decision maker for the planted demo). */
    private static void decisionMakers(Connection c, UUID tenant, Map<UUID, List<UUID>> contacts)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update contact set decision_role = 'DECISION_MAKER'"
                + " where tenant_id = ? and id = any(?)")) {
            Array firsts = c.createArrayOf("uuid", contacts.values().stream().map(List::getFirst).toArray());
            ps.setObject(1, tenant);
            ps.setArray(2, firsts);
            ps.executeUpdate();
        }
    }

    /** A loading connection: triggers and foreign-key checks held off for its session. */
    private static Connection replica(DataSource superuser) throws SQLException {
        Connection c = superuser.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
        }
        return c;
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
