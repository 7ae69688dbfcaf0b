package io.tacitcrm.analytics.playbook;

import io.tacitcrm.analytics.AnalyticsModule;
import io.tacitcrm.analytics.AnalyticsSettings;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.Pareto;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Breakdown;
import io.tacitcrm.api.figures.Figures;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiProblem.FieldProblem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Playbooks for one caller: mining a draft in the background, reading, a manager's edits, publishing — each checked
 * against the caller's permission; every figure they rest on counts only the deals the caller may open.
 */
public final class Playbooks {

    /** How often a mining records its progress and looks for a request to stop. */
    private static final long REPORT_NANOS = 500_000_000L;
    private static final int LIST_LIMIT = 100;
    private static final String UNIQUE_VIOLATION = "23505";

    /** What to mine: the period's closed deals, of the company or a role's subtree; the top reps, or those chosen. */
    public record Mining(DateRange period, Optional<UUID> scopeRoleId, List<UUID> reps, String currency) {
    }

    /** A manager's change to a draft: rules to drop, and per rule a new wording, thresholds or gate. */
    public record Edit(List<UUID> drop, List<RuleEdit> rules) {
    }

    public record RuleEdit(UUID id, Optional<String> wording, Optional<Integer> atLeast,
                           Optional<Integer> withinDays, boolean noWindow, Optional<Boolean> gate) {
    }

    private final PluginContext context;
    private final Clock clock;
    private final PlaybookStore store;

    public Playbooks(PluginContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
        this.store = new PlaybookStore(context.tenant().id());
    }

    /** Records the mining and starts it in the background; the answer is the playbook in status MINING. */
    public Playbook start(Mining mining) {
        requireTeam();
        mining.scopeRoleId().ifPresent(role -> {
            if (context.roles().all().stream().noneMatch(r -> r.id().equals(role))) {
                throw ApiProblem.invalid(List.of(new FieldProblem("scope.roleId", "role.unknown",
                        "is not a role of this company")));
            }
        });
        List<UUID> reps = mining.reps().isEmpty() ? topReps(mining) : chosen(mining.reps());
        return begin("mine-playbook", mining, reps, Optional.empty(), context.requireUser().id());
    }

    /** Records a mining (status MINING) and starts it in the background. */
    private Playbook begin(String work, Mining mining, List<UUID> reps, Optional<UUID> basedOn, UUID by) {
        Instant now = clock.instant();
        Playbook playbook = new Playbook(UUID.randomUUID(), mining.scopeRoleId(), Playbook.Status.MINING,
                Optional.empty(), 1, mining.period().from(), mining.period().to(), reps, !mining.reps().isEmpty(), 0,
                false, 0, 0, List.of(), List.of(), Optional.empty(), basedOn, by, now, now, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        context.database().inTransaction(c -> {
            store.insert(c, playbook);
            return playbook;
        });
        context.background().start(work, background -> new Playbooks(background, clock).mine(playbook.id()));
        return playbook;
    }

    /**
     * Re-mines every published playbook over the last {@code days} days into a draft based on it, so a manager sees
     * what would change (the company's scheduled work; the drafts are the publisher's).
     */
    public List<Playbook> relearn(int days) {
        requireTeam();
        List<Playbook> started = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DateRange period = new DateRange(today.minusDays(days - 1L), today);
        for (Playbook published : published()) {
            Mining mining = new Mining(period, published.scopeRoleId(), published.topChosen()
                    ? published.topReps() : List.of(), "CNY");
            List<UUID> reps;
            try {
                reps = mining.reps().isEmpty() ? topReps(mining) : mining.reps();
            } catch (ApiProblem noWins) {
                continue;
            }
            started.add(begin("relearn-playbook", mining, reps, Optional.of(published.id()),
                    published.publishedBy().orElse(published.createdBy())));
        }
        return started;
    }

    /** Mines the playbook's draft; runs in the background with the starter's context. */
    void mine(UUID id) {
        Playbook playbook = find(id);
        if (playbook.status() != Playbook.Status.MINING) {
            return;
        }
        Figures figures = context.figures();
        Set<UUID> open = figures.stages().stream().filter(s -> s.outcome() == Outcome.OPEN).map(Stage::id)
                .collect(Collectors.toSet());
        Set<UUID> top = Set.copyOf(playbook.topReps());
        DateRange period = new DateRange(playbook.from(), playbook.to());
        Owners owners = owners(playbook.scopeRoleId());
        PlaybookMiner.Session session = new PlaybookMiner(PlaybookMiner.Settings.DEFAULTS).session(top);
        Comparison comparison = new Comparison(top);
        Instant now = clock.instant();
        try {
            long total = Math.max(1, figures.closedDealCount(owners, period.start(ZoneOffset.UTC),
                    period.end(ZoneOffset.UTC)));
            long began = System.nanoTime();
            long[] seen = {0, began};
            figures.closedDeals(owners, period.start(ZoneOffset.UTC), period.end(ZoneOffset.UTC), deal -> {
                DealTrail trail = Trails.of(deal, open, now);
                List<StayFacts> facts = StayFacts.of(trail);
                session.add(trail, facts);
                comparison.add(trail, facts);
                seen[0]++;
                if (System.nanoTime() - seen[1] > REPORT_NANOS) {
                    seen[1] = System.nanoTime();
                    // the last tenth is the tests and the writing
                    if (Thread.currentThread().isInterrupted() || context.database().inTransaction(c ->
                            store.progress(c, id, 0.9 * seen[0] / total))) {
                        throw new Stopped();
                    }
                }
            });
            long streamed = System.nanoTime();
            PlaybookMiner.Result result = session.finish();
            List<Comparison.Line> lines = comparison.lines();
            long tested = System.nanoTime();
            List<PlaybookRule> rules = new ArrayList<>();
            for (Rule rule : result.rules()) {
                rules.add(new PlaybookRule(UUID.randomUUID(), rules.size(), rule.condition(), Optional.empty(),
                        false, false, rule));
            }
            finish(id, Playbook.Status.DRAFT, Optional.empty(), (int) seen[0], result, lines, rules);
            context.log().log(System.Logger.Level.INFO, () -> String.format("playbook %s: %,d deals read and"
                    + " counted in %.1f s, %,d conditions tested and the comparison made in %.1f s", id, seen[0],
                    (streamed - began) / 1e9, result.tested(), (tested - streamed) / 1e9));
        } catch (Stopped stopped) {
            finish(id, Playbook.Status.CANCELLED, Optional.empty(), 0, null, List.of(), List.of());
        } catch (RuntimeException e) {
            finish(id, Playbook.Status.FAILED, Optional.of(String.valueOf(e.getMessage())), 0, null, List.of(),
                    List.of());
            throw e;
        }
    }

    private void finish(UUID id, Playbook.Status status, Optional<String> problem, int deals,
                        PlaybookMiner.Result result, List<Comparison.Line> comparison, List<PlaybookRule> rules) {
        context.database().inTransaction(c -> {
            Optional<Playbook> current = store.find(c, id, true);
            if (current.isEmpty() || current.get().status() != Playbook.Status.MINING) {
                return false;
            }
            Playbook p = current.get();
            Instant now = clock.instant();
            boolean cancelled = p.cancelRequested() && status == Playbook.Status.DRAFT;
            store.update(c, new Playbook(p.id(), p.scopeRoleId(), cancelled ? Playbook.Status.CANCELLED : status,
                    Optional.empty(), p.revision() + 1, p.from(), p.to(), p.topReps(), p.topChosen(),
                    status == Playbook.Status.DRAFT ? 1 : p.progress(), p.cancelRequested(), deals,
                    result == null ? 0 : result.tested(), result == null ? List.of() : result.samples(),
                    comparison, problem, p.basedOn(), p.createdBy(), p.createdAt(), now, Optional.of(now),
                    Optional.empty(), Optional.empty(), cancelled ? List.of() : rules));
            return true;
        });
    }

    public Playbook find(UUID id) {
        Playbook playbook = context.database().inTransaction(c -> store.find(c, id, false))
                .orElseThrow(Playbooks::noSuchPlaybook);
        if (!team() && playbook.status() != Playbook.Status.PUBLISHED) {
            throw noSuchPlaybook();
        }
        return playbook;
    }

    /** The newest first; without the team permission, only published ones. */
    public List<Playbook> list() {
        return context.database().inTransaction(c -> store.list(c, LIST_LIMIT)).stream()
                .filter(p -> team() || p.status() == Playbook.Status.PUBLISHED).toList();
    }

    public List<Playbook> published() {
        return context.database().inTransaction(store::published);
    }

    /** Asks a mining to stop; it stops at its next report (within a second). */
    public Playbook cancel(UUID id) {
        requireTeam();
        return context.database().inTransaction(c -> {
            Playbook p = store.find(c, id, true).orElseThrow(Playbooks::noSuchPlaybook);
            if (p.status() != Playbook.Status.MINING) {
                throw ApiProblem.conflict("playbook.not-mining", "Only a playbook being mined can be stopped.");
            }
            Playbook stopping = copy(p, p.status(), p.version(), p.rules(), true, Optional.empty(),
                    Optional.empty());
            store.update(c, stopping);
            return stopping;
        });
    }

    public Playbook edit(UUID id, int expectedRevision, Edit edit) {
        requireTeam();
        return context.database().inTransaction(c -> {
            Playbook p = draft(c, id, expectedRevision, "Only a draft can be edited; mine a new one.");
            List<FieldProblem> problems = new ArrayList<>();
            edit.drop().stream().filter(r -> p.rule(r).isEmpty()).forEach(r -> problems.add(new FieldProblem(
                    "drop", "rule.unknown", "no rule " + r + " in this playbook")));
            List<PlaybookRule> rules = new ArrayList<>();
            for (PlaybookRule rule : p.rules()) {
                if (edit.drop().contains(rule.id())) {
                    continue;
                }
                Optional<RuleEdit> change = edit.rules().stream().filter(e -> e.id().equals(rule.id())).findFirst();
                rules.add(change.map(e -> changed(rule, e, problems)).orElse(rule));
            }
            edit.rules().stream().filter(e -> p.rule(e.id()).isEmpty()).forEach(e -> problems.add(new FieldProblem(
                    "rules", "rule.unknown", "no rule " + e.id() + " in this playbook")));
            if (!problems.isEmpty()) {
                throw ApiProblem.invalid(problems);
            }
            List<PlaybookRule> numbered = new ArrayList<>();
            for (PlaybookRule r : rules) {
                numbered.add(new PlaybookRule(r.id(), numbered.size(), r.condition(), r.wording(), r.gate(),
                        r.edited(), r.mined()));
            }
            Playbook changed = copy(p, p.status(), p.version(), numbered, false, Optional.empty(), Optional.empty());
            store.update(c, changed);
            return changed;
        });
    }

    /** The draft, locked, as the caller last read it; else the problem to answer with. */
    private Playbook draft(Connection c, UUID id, int expectedRevision, String notDraft) throws SQLException {
        Playbook p = store.find(c, id, true).orElseThrow(Playbooks::noSuchPlaybook);
        if (p.revision() != expectedRevision) {
            throw ApiProblem.staleVersion();
        }
        if (p.status() != Playbook.Status.DRAFT) {
            throw ApiProblem.conflict("playbook.not-draft", notDraft);
        }
        return p;
    }

    private static PlaybookRule changed(PlaybookRule rule, RuleEdit edit, List<FieldProblem> problems) {
        Optional<String> wording = edit.wording().map(String::strip);
        if (wording.filter(w -> w.length() > 500).isPresent()) {
            problems.add(new FieldProblem("rules.wording", "text.too-long", "is at most 500 characters"));
        }
        if (edit.atLeast().filter(n -> n < 1 || n > 20).isPresent()) {
            problems.add(new FieldProblem("rules.atLeast", "range", "must lie between 1 and 20"));
        }
        if (edit.withinDays().filter(n -> n < 1 || n > 90).isPresent()) {
            problems.add(new FieldProblem("rules.withinDays", "range", "must lie between 1 and 90"));
        }
        Condition condition = Conditions.withThresholds(rule.condition(), edit.atLeast(), edit.withinDays(),
                edit.noWindow());
        if (edit.gate().orElse(false) && condition instanceof Condition.Cadence) {
            problems.add(new FieldProblem("rules.gate", "gate.cadence", "a cadence cannot be a gate: once broken it"
                    + " could never be met again"));
        }
        return new PlaybookRule(rule.id(), rule.position(), condition,
                wording.isPresent() ? wording.filter(w -> !w.isEmpty()) : rule.wording(),
                edit.gate().orElse(rule.gate()), rule.edited() || !condition.equals(rule.condition()), rule.mined());
    }

    /**
     * Publishes the draft as its scope's next version; the scope's published one is retired (and kept). A draft
     * without rules cannot be published.
     */
    public Playbook publish(UUID id, int expectedRevision) {
        requireTeam();
        return context.database().inTransaction(c -> {
            Playbook p = draft(c, id, expectedRevision, "Only a draft can be published.");
            if (p.rules().isEmpty()) {
                throw ApiProblem.conflict("playbook.empty", "A playbook without rules cannot be published.");
            }
            Optional<Playbook> previous = store.publishedOf(c, p.scopeRoleId());
            if (previous.isPresent()) {
                Playbook old = previous.get();
                store.update(c, copy(old, Playbook.Status.RETIRED, old.version(), old.rules(), false,
                        old.publishedAt(), old.publishedBy()));
            }
            Playbook published = copy(p, Playbook.Status.PUBLISHED, Optional.of(store.lastVersion(c,
                    p.scopeRoleId()) + 1), p.rules(), false, Optional.of(clock.instant()),
                    Optional.of(context.requireUser().id()));
            try {
                store.update(c, published);
            } catch (SQLException e) {
                // another draft of the scope was published at the same moment: one published playbook per scope
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw ApiProblem.conflict("playbook.published-meanwhile", "Another playbook of this scope was"
                            + " published at the same moment; reload and publish again.");
                }
                throw e;
            }
            return published;
        });
    }

    private Playbook copy(Playbook p, Playbook.Status status, Optional<Integer> version, List<PlaybookRule> rules,
                          boolean cancel, Optional<Instant> publishedAt, Optional<UUID> publishedBy) {
        return new Playbook(p.id(), p.scopeRoleId(), status, version, p.revision() + 1, p.from(), p.to(),
                p.topReps(), p.topChosen(), p.progress(), p.cancelRequested() || cancel, p.deals(), p.tested(),
                p.samples(), p.comparison(), p.problem(), p.basedOn(), p.createdBy(), p.createdAt(), clock.instant(),
                p.finishedAt(), publishedAt, publishedBy, rules);
    }

    private List<UUID> topReps(Mining mining) {
        Pareto reps = Pareto.of(context.figures().won(Breakdown.OWNER, owners(mining.scopeRoleId()),
                mining.period().start(ZoneOffset.UTC), mining.period().end(ZoneOffset.UTC), mining.currency()),
                AnalyticsSettings.of(context).topPercent());
        if (reps.top().isEmpty()) {
            throw ApiProblem.invalid(List.of(new FieldProblem("from", "playbook.no-wins",
                    "no won deals in this period and scope to tell the top reps by")));
        }
        return reps.top().stream().map(Pareto.Item::id).toList();
    }

    private List<UUID> chosen(List<UUID> reps) {
        if (reps.size() > 200) {
            throw ApiProblem.invalid(List.of(new FieldProblem("reps", "too-many", "at most 200 reps")));
        }
        List<UUID> unknown = reps.stream().filter(r -> context.users().find(r).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid(List.of(new FieldProblem("reps", "user.unknown", "not users of this company: "
                    + unknown)));
        }
        return reps.stream().distinct().toList();
    }

    static Owners owners(Optional<UUID> scopeRoleId) {
        return scopeRoleId.map(Owners::roleAndBelow).orElseGet(Owners::visible);
    }

    /** Whether the caller manages playbooks: a holder of the team permission, or the company's own scheduled work. */
    private boolean team() {
        return context.user().map(u -> u.has(AnalyticsModule.TEAM)).orElse(true);
    }

    private void requireTeam() {
        if (!team()) {
            throw ApiProblem.forbidden(AnalyticsModule.TEAM);
        }
    }

    static ApiProblem noSuchPlaybook() {
        return ApiProblem.notFound("No such playbook.");
    }

    /** A mining asked to stop, or interrupted at the time limit. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
