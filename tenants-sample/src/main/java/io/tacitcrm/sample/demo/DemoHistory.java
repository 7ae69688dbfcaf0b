package io.tacitcrm.sample.demo;

import io.tacitcrm.sample.demo.DealWalk.Footprint;
import io.tacitcrm.sample.demo.DealWalk.Move;
import io.tacitcrm.sample.demo.DealWalk.Outcome;
import io.tacitcrm.sample.demo.DealWalk.People;
import io.tacitcrm.sample.demo.DealWalk.Process;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TenantSetting;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Two years of the demo company's selling, generated from a seed and written in one transaction through the
 * application role — the tenant wall checks every row, and a failure leaves nothing behind. About 2,000 customers
 * whose value follows a Pareto law (so roughly 20% of them bring 80% of the revenue), their people, deals walked
 * through the process by {@link DealWalk}, the owners' other footprints, daily reports and monthly targets. Dates are
 * relative to the day it is loaded, so the cockpit always shows a current quarter.
 */
final class DemoHistory {

    /** Who sells: the rep's user id, whether they sell like the best, who sets their targets and the team's role. */
    record Seller(UUID id, boolean top, String region, UUID manager, UUID managerRole) {
    }

    record Summary(int customers, int contacts, int deals, int won, long footprints, int reports) {
    }

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    private static final int CUSTOMERS = 2_000;
    private static final String[] ROLES = {"DECISION_MAKER", "ECONOMIC_BUYER", "CHAMPION", "INFLUENCER", "EVALUATOR",
            "USER"};
    private static final String[] TITLES = {"总经理", "财务总监", "生产部经理", "技术主管",
        "采购经理", "IT 工程师"};

    private final Random random;
    private final Process process;
    private final Instant now;
    private final LocalDate today;
    private final DemoWords words;

    DemoHistory(long seed, Process process, Instant now) {
        this.random = new Random(seed);
        this.process = process;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZONE);
        this.words = new DemoWords(random);
    }

    Summary load(Connection app, UUID tenant, List<Seller> sellers) throws SQLException {
        boolean autoCommit = app.getAutoCommit();
        app.setAutoCommit(false);
        try {
            // as the server sets it (SET LOCAL, which a Citus coordinator passes on to the workers)
            try (Statement wall = app.createStatement()) {
                wall.execute(TenantSetting.forTransaction(Optional.of(new TenantId(tenant))));
            }
            Summary summary = write(app, tenant, sellers);
            app.commit();
            return summary;
        } catch (SQLException | RuntimeException e) {
            app.rollback();
            throw e;
        } finally {
            app.setAutoCommit(autoCommit);
        }
    }

    private Summary write(Connection app, UUID tenant, List<Seller> sellers) throws SQLException {
        long started = System.nanoTime();
        List<Customer> customers = customers(sellers);
        int contacts = 0;
        try (BulkRows accounts = new BulkRows(app, "account", "tenant_id, id, name, industry, region, size,"
                + " value_tier, phone, owner_id, created_by, created_at, updated_at, version");
             BulkRows people = new BulkRows(app, "contact", "tenant_id, id, account_id, name, title, phone,"
                     + " decision_role, created_by, created_at, updated_at, version").after(accounts)) {
            for (Customer c : customers) {
                accounts.add(tenant, c.id(), c.name(), c.industry(), c.seller().region(), c.size(), c.tier(),
                        words.phone(), c.seller().id(), c.seller().id(), c.created(), c.created(), 1L);
                for (int k = 0; k < c.people().contacts().size(); k++) {
                    people.add(tenant, c.people().contacts().get(k), c.id(), words.person(), TITLES[k % TITLES.length],
                            words.mobile(), ROLES[k % ROLES.length], c.seller().id(), c.created(), c.created(), 1L);
                }
                contacts += c.people().contacts().size();
            }
        }
        long customersWritten = System.nanoTime();
        int[] deals = new int[2];
        long footprints;
        Map<UUID, BigDecimal> wonByRep = new HashMap<>();
        try (BulkRows opportunities = new BulkRows(app, "opportunity", "tenant_id, id, account_id, name, amount,"
                + " currency, stage_id, close_date, primary_contact_id, next_step, owner_id, created_by, created_at,"
                + " updated_at, stage_entered_at, closed_at, version");
             BulkRows moves = new BulkRows(app, "stage_change", "tenant_id, id, opportunity_id, from_stage_id,"
                     + " to_stage_id, changed_at, changed_by, owner_id").after(opportunities);
             BulkRows activities = new BulkRows(app, "activity", "tenant_id, id, type, status, subject, outcome,"
                     + " occurred_at, duration_minutes, account_id, contact_id, opportunity_id, stage_id, owner_id,"
                     + " created_at, updated_at, version").after(opportunities)) {
            DealWalk walk = new DealWalk(random, process, now);
            for (Customer c : customers) {
                for (Instant start : dealStarts(c)) {
                    UUID deal = uuid();
                    Outcome outcome = walk.walk(c.seller().top(), start, c.people());
                    BigDecimal amount = amount(c);
                    LocalDate closeDate = outcome.closedAt().map(at -> LocalDate.ofInstant(at, ZONE))
                            .orElseGet(() -> today.plusDays(14 + random.nextInt(120)));
                    Instant updated = outcome.enteredAt();
                    opportunities.add(tenant, deal, c.id(), words.dealName(c.name(), start), amount, "CNY",
                            outcome.stage(), closeDate, c.people().decisionMaker(), outcome.closedAt().isPresent()
                                    ? null : words.nextStep(), c.seller().id(), c.seller().id(), start, updated,
                            outcome.enteredAt(), outcome.closedAt().orElse(null), 1L);
                    for (Move m : outcome.moves()) {
                        moves.add(tenant, uuid(), deal, m.from().orElse(null), m.to(), m.at(), c.seller().id(),
                                c.seller().id());
                    }
                    for (Footprint f : outcome.footprints()) {
                        footprint(activities, tenant, c, Optional.of(deal), f.type(), f.done(), f.at(),
                                f.contact(), Optional.of(f.stage()));
                    }
                    deals[0]++;
                    if (outcome.won(process)) {
                        deals[1]++;
                        wonByRep.merge(c.seller().id(), amount, BigDecimal::add);
                    }
                }
                touches(activities, tenant, c);
            }
            footprints = activities.written();
        }
        long dealsWritten = System.nanoTime();
        int reports = reports(app, tenant, sellers);
        targets(app, tenant, sellers, wonByRep);
        LOG.info(() -> "Demo history: customers and people " + millis(started, customersWritten) + " ms, deals and"
                + " footprints " + millis(customersWritten, dealsWritten) + " ms, reports and targets "
                + millis(dealsWritten, System.nanoTime()) + " ms");
        return new Summary(customers.size(), contacts, deals[0], deals[1], footprints, reports);
    }

    /**
     * Customers' value follows a Pareto law with the 80/20 exponent; the five best reps hold half of the most valuable
     * fifth, the rest is spread evenly. A few customers stopped being looked after months ago (the pool takes them).
     */
    private List<Customer> customers(List<Seller> sellers) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            values.add(Math.min(60, Math.pow(1 - random.nextDouble(), -1 / 1.16)));
        }
        values.sort(Comparator.reverseOrder());
        List<Seller> top = sellers.stream().filter(Seller::top).toList();
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        for (int i = 0; i < CUSTOMERS; i++) {
            boolean valuable = i < CUSTOMERS / 5;
            Seller seller = valuable && random.nextDouble() < 0.5 ? top.get(random.nextInt(top.size()))
                    : sellers.get(random.nextInt(sellers.size()));
            Instant created = now.minus(Duration.ofMinutes((long) ((90 + random.nextDouble() * 800) * 24 * 60)));
            List<UUID> contacts = new ArrayList<>();
            for (int k = 0, n = 3 + random.nextInt(3); k < n; k++) {
                contacts.add(uuid());
            }
            String tier = i < CUSTOMERS / 10 ? "A" : i < CUSTOMERS / 3 ? "B" : "C";
            customers.add(new Customer(uuid(), words.company(), words.industry(), seller, values.get(i), tier,
                    created, new People(List.copyOf(contacts), contacts.getFirst()), random.nextDouble() < 0.06));
        }
        return customers;
    }

    /** Larger customers buy more often: one to six deals started over the customer's life. */
    private List<Instant> dealStarts(Customer c) {
        int count = 1 + (int) Math.min(5, Math.round(Math.log1p(c.value()) * 1.4 + random.nextDouble()));
        long span = Duration.between(c.created(), now).toMinutes();
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(c.created().plus(Duration.ofMinutes((long) (random.nextDouble() * span))));
        }
        return starts;
    }

    private BigDecimal amount(Customer c) {
        double amount = 30_000 * c.value() * Math.exp(0.35 * random.nextGaussian());
        return BigDecimal.valueOf(Math.max(5, Math.round(amount / 1_000)) * 1_000L).setScale(2);
    }

    /**
     * The owner keeping in touch outside any deal, every month or two; dormant customers lost touch four to twelve
     * months ago. Today's and the coming days' plans come last.
     */
    private void touches(BulkRows activities, UUID tenant, Customer c) throws SQLException {
        Instant until = c.dormant() ? now.minus(Duration.ofDays(120 + random.nextInt(240))) : now;
        for (Instant at = c.created().plus(Duration.ofDays(3 + random.nextInt(30))); at.isBefore(until);
             at = at.plus(Duration.ofDays(25 + random.nextInt(40)))) {
            footprint(activities, tenant, c, Optional.empty(), words.touchType(), true, at,
                    Optional.of(c.people().contacts().get(random.nextInt(c.people().contacts().size()))),
                    Optional.empty());
        }
        if (!c.dormant() && random.nextDouble() < 0.05) {
            Instant planned = today.atTime(LocalTime.of(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30))
                    .atZone(ZONE).toInstant().plus(Duration.ofDays(random.nextInt(3)));
            footprint(activities, tenant, c, Optional.empty(), "VISIT", false, planned,
                    Optional.of(c.people().decisionMaker()), Optional.empty());
        }
    }

    private void footprint(BulkRows activities, UUID tenant, Customer c, Optional<UUID> deal, String type,
                           boolean done, Instant at, Optional<UUID> contact, Optional<UUID> stage)
            throws SQLException {
        Instant working = workingHours(at);
        activities.add(tenant, uuid(), type, done ? "DONE" : "PLANNED", words.subject(type), done
                        ? words.outcome() : null, working, words.minutes(type), c.id(), contact.orElse(null),
                deal.orElse(null), stage.orElse(null), c.seller().id(), done ? working : now, done ? working : now, 1L);
    }

    /** Moves a moment into the working day it falls on (08:30–18:30 in Shanghai), keeping its date. */
    private static Instant workingHours(Instant at) {
        var local = at.atZone(ZONE);
        int minute = local.getHour() * 60 + local.getMinute();
        int working = 8 * 60 + 30 + Math.floorMod(minute * 7, 600);
        return local.truncatedTo(ChronoUnit.DAYS).plusMinutes(working).toInstant();
    }

    /** Daily reports of the last 60 working days: the best reps nearly always report, the others less often. */
    private int reports(Connection app, UUID tenant, List<Seller> sellers) throws SQLException {
        try (BulkRows reports = new BulkRows(app, "daily_report", "tenant_id, id, author_id, report_date, time_zone,"
                + " progress, plan, obstacles, submitted_at, updated_at, version", "on conflict do nothing")) {
            for (Seller s : sellers) {
                double compliance = s.top() ? 0.95 : 0.5 + random.nextDouble() * 0.4;
                for (LocalDate day = today.minusDays(84); day.isBefore(today); day = day.plusDays(1)) {
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                            || random.nextDouble() >= compliance) {
                        continue;
                    }
                    Instant submitted = day.atTime(18, random.nextInt(60)).atZone(ZONE).toInstant()
                            .plus(Duration.ofMinutes(random.nextInt(180)));
                    reports.add(tenant, uuid(), s.id(), day, ZONE.getId(), words.progress(), words.plan(),
                            words.obstacles(), submitted, submitted, 1L);
                }
            }
            return (int) reports.written();
        }
    }

    /**
     * Each rep's monthly targets for the last six months and the next two and quarterly ones for this quarter and
     * the last (a tenth above what the rep has been winning), and each regional team's quarterly target on its
     * manager's role (the sum of its reps').
     */
    private void targets(Connection app, UUID tenant, List<Seller> sellers, Map<UUID, BigDecimal> won)
            throws SQLException {
        try (BulkRows targets = new BulkRows(app, "sales_target", "tenant_id, id, subject_type, subject_id,"
                + " period_kind, period_start, amount, currency, set_by, updated_at, version",
                "on conflict do nothing")) {
            LocalDate month = today.withDayOfMonth(1);
            LocalDate quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
            Map<UUID, Long> teams = new HashMap<>();
            for (Seller s : sellers) {
                double monthly = won.getOrDefault(s.id(), BigDecimal.ZERO).doubleValue() / 24 * 1.1;
                long amount = Math.max(50_000, Math.round(monthly / 10_000) * 10_000);
                for (int m = -6; m <= 1; m++) {
                    targets.add(tenant, uuid(), "USER", s.id(), "MONTH", month.plusMonths(m),
                            BigDecimal.valueOf(amount), "CNY", s.manager(), now, 1L);
                }
                for (int q = -1; q <= 0; q++) {
                    targets.add(tenant, uuid(), "USER", s.id(), "QUARTER", quarter.plusMonths(3L * q),
                            BigDecimal.valueOf(3 * amount), "CNY", s.manager(), now, 1L);
                }
                teams.merge(s.managerRole(), 3 * amount, Long::sum);
            }
            for (Map.Entry<UUID, Long> team : teams.entrySet()) {
                UUID setBy = sellers.stream().filter(s -> s.managerRole().equals(team.getKey())).findFirst()
                        .orElseThrow().manager();
                for (int q = -1; q <= 0; q++) {
                    targets.add(tenant, uuid(), "ROLE", team.getKey(), "QUARTER", quarter.plusMonths(3L * q),
                            BigDecimal.valueOf(team.getValue()), "CNY", setBy, now, 1L);
                }
            }
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private record Customer(UUID id, String name, String industry, Seller seller, double value, String tier,
                            Instant created, People people, boolean dormant) {
        String size() {
            return value > 20 ? "ENTERPRISE" : value > 5 ? "LARGE" : value > 2 ? "MEDIUM" : "SMALL";
        }
    }
}
