package io.tacitcrm.analytics.playbook;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The playbook tables in SQL, one connection of the plugin's tenant database per call. */
public final class PlaybookStore {

    private static final String COLUMNS = "id, scope_role_id, status, version, revision, period_from, period_to,"
            + " top_reps, top_chosen, progress, cancel_requested, deals, tested, samples, comparison, problem,"
            + " based_on, created_by, created_at, updated_at, finished_at, published_at, published_by";
    private static final String RULE_COLUMNS = "playbook_id, id, position, stage_id, condition, wording, gate,"
            + " edited, met_won, won, met_lost, lost, won_share, lost_share, difference, difference_low,"
            + " difference_high, lift, support, p_value, q_value, confidence";

    private final UUID tenant;

    public PlaybookStore(UUID tenant) {
        this.tenant = tenant;
    }

    public void insert(Connection c, Playbook p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into playbook (tenant_id, " + COLUMNS + ") values"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, tenant);
            s.setObject(2, p.id());
            s.setObject(3, p.scopeRoleId().orElse(null));
            s.setString(4, p.status().name());
            s.setObject(5, p.version().orElse(null), Types.INTEGER);
            s.setInt(6, p.revision());
            s.setObject(7, p.from());
            s.setObject(8, p.to());
            s.setArray(9, c.createArrayOf("uuid", p.topReps().toArray()));
            s.setBoolean(10, p.topChosen());
            s.setDouble(11, p.progress());
            s.setBoolean(12, p.cancelRequested());
            s.setInt(13, p.deals());
            s.setInt(14, p.tested());
            s.setString(15, StoredText.samples(p.samples()));
            s.setString(16, StoredText.comparison(p.comparison()));
            s.setString(17, p.problem().orElse(null));
            s.setObject(18, p.basedOn().orElse(null));
            s.setObject(19, p.createdBy());
            s.setTimestamp(20, Timestamp.from(p.createdAt()));
            s.setTimestamp(21, Timestamp.from(p.updatedAt()));
            s.setTimestamp(22, p.finishedAt().map(Timestamp::from).orElse(null));
            s.setTimestamp(23, p.publishedAt().map(Timestamp::from).orElse(null));
            s.setObject(24, p.publishedBy().orElse(null));
            s.executeUpdate();
        }
        insertRules(c, p.id(), p.rules());
    }

    /** Writes the playbook's row and rules anew (the row locked by {@link #find} with {@code lock}). */
    public void update(Connection c, Playbook p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from playbook where tenant_id = ? and id = ?")) {
            s.setObject(1, tenant);
            s.setObject(2, p.id());
            s.executeUpdate();
        }
        insert(c, p);
    }

    /** Records how far a mining got; answers whether someone asked it to stop. */
    public boolean progress(Connection c, UUID id, double progress) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update playbook set progress = ?, updated_at = now()"
                + " where tenant_id = ? and id = ? and status = 'MINING' returning cancel_requested")) {
            s.setDouble(1, progress);
            s.setObject(2, tenant);
            s.setObject(3, id);
            try (ResultSet r = s.executeQuery()) {
                return !r.next() || r.getBoolean(1);
            }
        }
    }

    public Optional<Playbook> find(Connection c, UUID id, boolean lock) throws SQLException {
        List<Playbook> found = select(c, "id = ?" + (lock ? " for update" : ""), id);
        return found.stream().findFirst();
    }

    /** The newest first, at most {@code limit}. */
    public List<Playbook> list(Connection c, int limit) throws SQLException {
        return select(c, "true order by created_at desc, id limit " + limit);
    }

    /** The published playbooks of every scope. */
    public List<Playbook> published(Connection c) throws SQLException {
        return select(c, "status = 'PUBLISHED'");
    }

    /** The scope's published playbook, if any, locked. */
    public Optional<Playbook> publishedOf(Connection c, Optional<UUID> scopeRoleId) throws SQLException {
        return scopeRoleId.isPresent()
                ? select(c, "status = 'PUBLISHED' and scope_role_id = ? for update", scopeRoleId.get()).stream()
                .findFirst()
                : select(c, "status = 'PUBLISHED' and scope_role_id is null for update").stream().findFirst();
    }

    public int lastVersion(Connection c, Optional<UUID> scopeRoleId) throws SQLException {
        String sql = "select coalesce(max(version), 0) from playbook where tenant_id = ? and "
                + (scopeRoleId.isPresent() ? "scope_role_id = ?" : "scope_role_id is null");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, tenant);
            if (scopeRoleId.isPresent()) {
                s.setObject(2, scopeRoleId.get());
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private List<Playbook> select(Connection c, String where, Object... parameters) throws SQLException {
        List<Playbook> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from playbook where tenant_id = ? and "
                + where)) {
            s.setObject(1, tenant);
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 2, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(playbook(r));
                }
            }
        }
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<PlaybookRule>> rules = rules(c, rows.stream().map(Playbook::id).toList());
        return rows.stream().map(p -> p.withRules(rules.getOrDefault(p.id(), List.of()))).toList();
    }

    private Map<UUID, List<PlaybookRule>> rules(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, List<PlaybookRule>> rules = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select " + RULE_COLUMNS + " from playbook_rule"
                + " where tenant_id = ? and playbook_id = any(?) order by playbook_id, position")) {
            s.setObject(1, tenant);
            s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID stage = r.getObject(4, UUID.class);
                    Condition condition = Conditions.decode(r.getString(5));
                    Rule mined = new Rule(stage, condition, r.getInt(9), r.getInt(10), r.getInt(11), r.getInt(12),
                            r.getDouble(13), r.getDouble(14), r.getDouble(15), r.getDouble(16), r.getDouble(17),
                            r.getDouble(18), r.getDouble(19), r.getDouble(20), r.getDouble(21), r.getDouble(22));
                    rules.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(new PlaybookRule(
                            r.getObject(2, UUID.class), r.getInt(3), condition, Optional.ofNullable(r.getString(6)),
                            r.getBoolean(7), r.getBoolean(8), mined));
                }
            }
        }
        return rules;
    }

    private void insertRules(Connection c, UUID playbook, List<PlaybookRule> rules) throws SQLException {
        if (rules.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into playbook_rule (tenant_id, " + RULE_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlaybookRule rule : rules) {
                Rule m = rule.mined();
                s.setObject(1, tenant);
                s.setObject(2, playbook);
                s.setObject(3, rule.id());
                s.setInt(4, rule.position());
                s.setObject(5, m.stageId());
                s.setString(6, Conditions.encode(rule.condition()));
                s.setString(7, rule.wording().orElse(null));
                s.setBoolean(8, rule.gate());
                s.setBoolean(9, rule.edited());
                s.setInt(10, m.metWon());
                s.setInt(11, m.won());
                s.setInt(12, m.metLost());
                s.setInt(13, m.lost());
                double[] figures = {m.wonShare(), m.lostShare(), m.difference(), m.differenceLow(),
                        m.differenceHigh(), m.lift(), m.support(), m.pValue(), m.qValue(), m.confidence()};
                for (int i = 0; i < figures.length; i++) {
                    s.setDouble(14 + i, figures[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Playbook playbook(ResultSet r) throws SQLException {
        return new Playbook(r.getObject(1, UUID.class), Optional.ofNullable(r.getObject(2, UUID.class)),
                Playbook.Status.valueOf(r.getString(3)), Optional.ofNullable((Integer) r.getObject(4)), r.getInt(5),
                r.getObject(6, LocalDate.class), r.getObject(7, LocalDate.class), uuids(r.getArray(8)),
                r.getBoolean(9), r.getDouble(10), r.getBoolean(11), r.getInt(12), r.getInt(13),
                StoredText.samples(r.getString(14)), StoredText.comparison(r.getString(15)),
                Optional.ofNullable(r.getString(16)), Optional.ofNullable(r.getObject(17, UUID.class)),
                r.getObject(18, UUID.class), instant(r, 19).orElseThrow(), instant(r, 20).orElseThrow(),
                instant(r, 21), instant(r, 22), Optional.ofNullable(r.getObject(23, UUID.class)), List.of());
    }

    private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
        return Optional.ofNullable(r.getTimestamp(column)).map(Timestamp::toInstant);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }

    /** Samples and comparison lines as compact text columns. */
    static final class StoredText {

        private StoredText() {
        }

        static String samples(List<PlaybookMiner.StageSample> samples) {
            return samples.stream().map(s -> s.stageId() + "," + s.won() + "," + s.lost() + "," + s.enough())
                    .collect(Collectors.joining(";"));
        }

        static List<PlaybookMiner.StageSample> samples(String text) {
            return parts(text, ";").stream().map(p -> p.split(",")).map(p -> new PlaybookMiner.StageSample(
                    UUID.fromString(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                    Boolean.parseBoolean(p[3]))).toList();
        }

        static String comparison(List<Comparison.Line> lines) {
            return lines.stream().map(l -> String.join("|", l.stageId().toString(), l.deals().name(),
                    l.metric().name(), l.type().orElse(""), String.valueOf(l.topN()), String.valueOf(l.restN()),
                    number(l.top()), number(l.rest()), number(l.effect()), number(l.effectLow()),
                    number(l.effectHigh()), number(l.pValue()), number(l.qValue())))
                    .collect(Collectors.joining("\n"));
        }

        static List<Comparison.Line> comparison(String text) {
            Function<String, Optional<Double>> n = v -> v.isEmpty() ? Optional.empty()
                    : Optional.of(Double.parseDouble(v));
            return parts(text, "\n").stream().map(l -> l.split("\\|", -1)).map(p -> new Comparison.Line(
                    UUID.fromString(p[0]), Comparison.Deals.valueOf(p[1]), Comparison.Metric.valueOf(p[2]),
                    Optional.of(p[3]).filter(t -> !t.isEmpty()), Integer.parseInt(p[4]), Integer.parseInt(p[5]),
                    n.apply(p[6]), n.apply(p[7]), n.apply(p[8]), n.apply(p[9]), n.apply(p[10]), n.apply(p[11]),
                    n.apply(p[12]))).toList();
        }

        private static String number(Optional<Double> value) {
            return value.map(String::valueOf).orElse("");
        }

        private static List<String> parts(String text, String separator) {
            return text == null || text.isBlank() || text.equals("[]") ? List.of()
                    : List.of(text.split(separator));
        }
    }
}
