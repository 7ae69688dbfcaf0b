package io.tacitcrm.sample.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a signed-up tenant with a realistic CRM workload straight through PostgreSQL COPY (as the superuser, so the
 * same rows any later issue's benchmark needs come out identical for the same seed): reps on the tenant's lowest
 * role, accounts with Latin and Chinese names, contacts, opportunities in every stage with their first stage change,
 * and footprints. Also adds small other tenants around it.
 */
public final class CrmDataGenerator {

    /** How much to make; {@link #ISSUE_3} is the core-CRM benchmark's size. */
    public record Size(int reps, int accounts, int contactsPerAccount, int opportunities, int activities,
            int otherTenants) {
    }

    public static final Size ISSUE_3 = new Size(50, 200_000, 2, 300_000, 3_000_000, 1_000);
    /** What the triggers keep, counted again for a workspace whose deals were copied past them (V15, V44). */
    static final String RECOUNT = "select tacit_recount_open_deals(t), tacit_recount_won_values(t)"
            + " from (select cast(? as uuid) as t) w";

    /** What was made, for the benchmark to pick probes from. */
    public record Made(List<UUID> reps, List<UUID> accounts, List<UUID> stages, UUID lowestRole) {
    }

    private static final String[] CITIES_ZH = {"上海", "苏州", "杭州", "宁波", "南京", "北京", "天津",
            "青岛", "广州", "深圳", "成都", "武汉",
            "西安", "重庆", "厦门", "合肥", "长沙", "郑州", "济南", "无锡"};
    private static final String[] WORDS_ZH = {"明德", "恒信", "绿源", "港通", "华智", "渤海", "海岸",
            "泉城", "南方", "前海", "天府", "光谷",
            "云帆", "远航", "鼎盛", "宏达", "新锐", "博远", "金桥", "瑞丰"};
    private static final String[] TRADES_ZH = {"精密机械", "电子", "食品", "物流", "医疗科技", "化工",
            "家居", "建材", "汽配", "数据", "教育",
            "光电", "纺织", "环保", "软件"};
    private static final String[] CITIES_EN = {"Shanghai", "Suzhou", "Hangzhou", "Ningbo", "Nanjing", "Beijing",
            "Tianjin", "Qingdao", "Guangzhou", "Shenzhen"};
    private static final String[] WORDS_EN = {"Precision", "Harbor", "Summit", "Evergreen", "Pioneer", "Golden",
            "Bright", "Unity", "Apex", "Crest", "Delta", "Vertex", "Nova", "Orbit", "Zenith", "Atlas", "Beacon",
            "Cobalt", "Falcon", "Granite"};
    private static final String[] TRADES_EN = {"Machinery", "Electronics", "Foods", "Logistics", "Medical",
            "Chemicals", "Home", "Materials", "Auto Parts", "Data"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴",
            "徐", "孙", "马", "朱",
            "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "艳", "杰",
            "军", "涛", "明", "超",
            "秀英", "建华", "晓东", "志强", "海燕"};
    private static final String[] ROLES = {"DECISION_MAKER", "ECONOMIC_BUYER", "INFLUENCER", "CHAMPION", "EVALUATOR",
            "USER", "GATEKEEPER", "OTHER"};
    private static final String[] TYPES = {"CALL", "VISIT", "MEETING", "EMAIL", "DEMO", "QUOTE", "NOTE", "TASK"};
    /** The generated history ends here: deals and footprints lie in the two years before. */
    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private final Random random;

    public CrmDataGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A name as the generator makes it: even numbers Chinese, odd numbers Latin. */
    static String accountName(Random random, int n) {
        if (n % 2 == 0) {
            return pick(random, CITIES_ZH) + pick(random, WORDS_ZH) + pick(random, TRADES_ZH) + "有限公司";
        }
        return pick(random, WORDS_EN) + " " + pick(random, TRADES_EN) + " (" + pick(random, CITIES_EN) + ") Co., Ltd.";
    }

    public Made fill(Connection superuser, UUID tenant, UUID admin, Size size) throws SQLException, IOException {
        superuser.setAutoCommit(false);
        UUID lowestRole;
        String hash;
        try (PreparedStatement ps = superuser.prepareStatement("select (select id from app_role where tenant_id = ? "
                + "order by depth desc limit 1),"
                + " (select password_hash from app_user where tenant_id = ? and id = ?)")) {
            ps.setObject(1, tenant);
            ps.setObject(2, tenant);
            ps.setObject(3, admin);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                lowestRole = rs.getObject(1, UUID.class);
                hash = rs.getString(2);
            }
        }
        List<UUID> stages = new ArrayList<>();
        try (PreparedStatement ps = superuser.prepareStatement("select id from sales_stage where tenant_id = ? order "
                + "by position")) {
            ps.setObject(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stages.add(rs.getObject(1, UUID.class));
                }
            }
        }
        List<UUID> reps = new ArrayList<>();
        try (Rows rows = new Rows(superuser,
                "app_user (tenant_id, id, email, name, role_id, active, locale, password_hash, created_at, version)")) {
            for (int i = 0; i < size.reps(); i++) {
                UUID id = uuid();
                reps.add(id);
                rows.add(tenant, id, "rep" + i + "@bench.example", pick(random, SURNAMES) + pick(random, GIVEN),
                        lowestRole, "t", "zh-CN", hash, NOW, 1);
            }
        }
        // One COPY at a time per connection: each table is streamed whole before the next begins.
        // The search triggers would index row by row; they are held off and the index built in two set-based
        // statements.
        execute(superuser, "set session_replication_role = replica");
        List<UUID> accounts = new ArrayList<>(size.accounts());
        List<UUID> owners = new ArrayList<>(size.accounts());
        List<Instant> created = new ArrayList<>(size.accounts());
        try (Rows a = new Rows(superuser,
                "account (tenant_id, id, name, industry, region, size, value_tier, phone, owner_id, created_by, "
                        + "created_at, updated_at, version)")) {
            for (int i = 0; i < size.accounts(); i++) {
                UUID id = uuid();
                UUID owner = random.nextInt(10) == 0 ? admin : reps.get(random.nextInt(reps.size()));
                Instant at = NOW.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                a.add(tenant, id, accountName(random, i), pick(random, TRADES_ZH), pick(random, CITIES_ZH), "MEDIUM",
                        "ABC".charAt(random.nextInt(3)),
                        "0" + (10 + random.nextInt(900)) + "-" + (10_000_000 + random.nextInt(89_999_999)), owner,
                                owner, at, at, 1);
                accounts.add(id);
                owners.add(owner);
                created.add(at);
            }
        }
        List<UUID> contactOf = new ArrayList<>(size.accounts());
        try (Rows c = new Rows(superuser,
                "contact (tenant_id, id, account_id, name, title, phone, email, decision_role, created_by, "
                        + "created_at, updated_at, version)")) {
            for (int i = 0; i < accounts.size(); i++) {
                UUID firstContact = null;
                for (int k = 0; k < size.contactsPerAccount(); k++) {
                    UUID contact = uuid();
                    firstContact = firstContact == null ? contact : firstContact;
                    c.add(tenant, contact, accounts.get(i), pick(random, SURNAMES) + pick(random, GIVEN), "经理",
                            "138"
                            + (10_000_000 + random.nextInt(89_999_999)),
                            null, ROLES[random.nextInt(ROLES.length)], owners.get(i), created.get(i), created.get(i),
                                    1);
                }
                contactOf.add(firstContact);
            }
        }
        indexForSearch(superuser, tenant);
        List<UUID> opportunityIds = new ArrayList<>(size.opportunities());
        List<Integer> opportunityAccount = new ArrayList<>(size.opportunities());
        List<Instant> opportunityCreated = new ArrayList<>(size.opportunities());
        List<Integer> opportunityStage = new ArrayList<>(size.opportunities());
        try (Rows o = new Rows(superuser,
                "opportunity (tenant_id, id, account_id, name, amount, currency, stage_id, close_date, "
                        + "primary_contact_id,"
                + " next_step, owner_id, created_by, created_at, updated_at, stage_entered_at, closed_at, version)")) {
            for (int i = 0; i < size.opportunities(); i++) {
                int account = random.nextInt(accounts.size());
                UUID id = uuid();
                int stage = random.nextInt(stages.size());
                Instant at = NOW.minus(random.nextInt(2 * 365 * 24 * 60), ChronoUnit.MINUTES);
                o.add(tenant, id, accounts.get(account), "商机 " + i, 10_000 + random.nextInt(990_000), "CNY",
                        stages.get(stage),
                        "2027-0" + (1 + random.nextInt(9)) + "-15", contactOf.get(account), null, owners.get(account),
                                owners.get(account), at, at, at, stage >= 4 ? at : null, 1);
                opportunityIds.add(id);
                opportunityAccount.add(account);
                opportunityCreated.add(at);
                opportunityStage.add(stage);
            }
        }
        try (Rows h = new Rows(superuser, "stage_change (tenant_id, id, opportunity_id, from_stage_id, to_stage_id,"
                + " changed_at, changed_by, owner_id)")) {
            for (int i = 0; i < opportunityIds.size(); i++) {
                h.add(tenant, uuid(), opportunityIds.get(i), null, stages.get(opportunityStage.get(i)),
                        opportunityCreated.get(i),
                        owners.get(opportunityAccount.get(i)), owners.get(opportunityAccount.get(i)));
            }
        }
        try (Rows f = new Rows(superuser,
                "activity (tenant_id, id, type, status, subject, notes, outcome, occurred_at, duration_minutes, "
                        + "account_id,"
                + " contact_id, opportunity_id, stage_id, owner_id, created_at, updated_at, version)")) {
            for (int i = 0; i < size.activities(); i++) {
                boolean onDeal = random.nextInt(3) == 0;
                int deal = random.nextInt(opportunityIds.size());
                int account = onDeal ? opportunityAccount.get(deal) : random.nextInt(accounts.size());
                Instant at = NOW.minus(random.nextInt(2 * 365 * 24 * 60), ChronoUnit.MINUTES);
                f.add(tenant, uuid(), TYPES[random.nextInt(TYPES.length)], random.nextInt(10) == 0 ? "PLANNED"
                        : "DONE", "拜访记录 " + i, null,
                        "客户有兴趣", at, 30, accounts.get(account), contactOf.get(account), onDeal
                                ? opportunityIds.get(deal) : null,
                        onDeal ? stages.get(random.nextInt(stages.size())) : null, owners.get(account), at, at, 1);
            }
        }
        otherTenants(superuser, size.otherTenants());
        // the copies went past the triggers: the open-deal tally and the lifetime values are counted once, whole
        try (PreparedStatement recount = superuser.prepareStatement(RECOUNT)) {
            recount.setObject(1, tenant);
            recount.execute();
        }
        superuser.commit();
        superuser.setAutoCommit(true);
        try (Statement st = superuser.createStatement()) {
            st.execute("vacuum analyze");
        }
        return new Made(reps, accounts, stages, lowestRole);
    }

    /** Small neighbour companies (20 customers each), for measuring one company's work beside many others. */
    private static void otherTenants(Connection superuser, int count) throws SQLException {
        if (count == 0) {
            return;
        }
        try (Statement st = superuser.createStatement()) {
            st.execute("insert into tenant (id, slug, name, status, plan, locale, created_at, version) select "
                    + "gen_random_uuid(), "
                    + "'crm-other-' || g, 'Other ' || g, 'ACTIVE', 'STANDARD', 'zh-CN', now(), 1"
                    + " from generate_series(1, " + count + ") g");
            st.execute("insert into app_user (tenant_id, id, email, name, active, locale, password_hash, created_at, "
                    + "version) "
                    + "select id, gen_random_uuid(), 'rep@' || slug || '.example', 'Rep', true, 'zh-CN', 'x', now(), "
                    + "1 from tenant where slug like 'crm-other-%'");
            st.execute("insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, "
                    + "version) "
                    + "select u.tenant_id, gen_random_uuid(), '客户 ' || g, u.id, u.id, now() - g * interval '1 "
                    + "hour', "
                    + "now(), 1 "
                    + "from app_user u join tenant t on t.id = u.tenant_id and t.slug like 'crm-other-%' cross join "
                    + "generate_series(1, 20) g");
            st.execute("insert into contact (tenant_id, id, account_id, name, decision_role, created_by, created_at, "
                    + "updated_at, version) "
                    + "select a.tenant_id, gen_random_uuid(), a.id, '联系人', 'OTHER', a.owner_id, now(), now(), "
                    + "1 from "
                    + "account a join tenant t on t.id = a.tenant_id and t.slug like 'crm-other-%'");
            st.execute("insert into activity (tenant_id, id, type, status, subject, occurred_at, account_id, "
                    + "owner_id, created_at, updated_at, version) "
                    + "select a.tenant_id, gen_random_uuid(), 'CALL', 'DONE', '电话', now() - g * interval '1 day', "
                    + "a.id, a.owner_id, now(), now(), 1 "
                    + "from account a join tenant t on t.id = a.tenant_id and t.slug like 'crm-other-%' cross join "
                    + "generate_series(1, 3) g");
        }
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** What the search triggers of V5__account_search.sql would have written, for the whole tenant at once. */
    static void indexForSearch(Connection superuser, UUID tenant) throws SQLException {
        boolean citus = citus(superuser);
        // On Citus the session's replication role does not reach the workers: their triggers indexed the rows as
        // they came (and Citus refuses an UPDATE calling a STABLE function of the row's columns anyway); the grams
        // below then add nothing new.
        if (!citus) {
            try (PreparedStatement text = superuser.prepareStatement("update account a set search_text = "
                    + "tacit_account_search_text(a.tenant_id, a.id, a.name, a.phone) where a.tenant_id = ?")) {
                text.setObject(1, tenant);
                text.executeUpdate();
            }
        }
        try (PreparedStatement grams = superuser.prepareStatement("insert into account_search_gram (tenant_id, gram, "
                + "account_id) select distinct a.tenant_id, g, a.id from account a, "
                + "unnest(tacit_text_grams(a.search_text)) g where a.tenant_id = ? on conflict do nothing")) {
            grams.setObject(1, tenant);
            grams.executeUpdate();
        }
        try (PreparedStatement indexed = superuser.prepareStatement("select count(*) from account where tenant_id = ?"
                + " and search_text is null")) {
            indexed.setObject(1, tenant);
            try (ResultSet rs = indexed.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException(rs.getLong(1) + " accounts were left without search text"
                            + (citus ? " (the workers' triggers did not run)" : ""));
                }
            }
        }
        execute(superuser, "set session_replication_role = origin");
    }

    private static boolean citus(Connection c) throws SQLException {
        try (var statement = c.createStatement();
             ResultSet rs = statement.executeQuery("select 1 from pg_extension where extname = 'citus'")) {
            return rs.next();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Rows streamed into one table with COPY, 20,000 at a time, so millions of rows never sit in memory. */
    static final class Rows implements AutoCloseable {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder();
        private int pending;

        Rows(Connection c, String tableAndColumns) throws SQLException {
            copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + tableAndColumns
                    + " from stdin with (format csv)");
        }

        void add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object v = values[i];
                if (v != null) {
                    String text = v.toString();
                    buffer.append(text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.isEmpty() ? '"'
                            + text.replace("\"", "\"\"") + '"' : text);
                }
            }
            buffer.append('\n');
            if (++pending == 20_000) {
                flush();
            }
        }

        private void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            buffer.setLength(0);
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }
}
