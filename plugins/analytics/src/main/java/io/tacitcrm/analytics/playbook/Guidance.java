package io.tacitcrm.analytics.playbook;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.DealHistory;
import io.tacitcrm.api.records.RoleRecord;
import io.tacitcrm.api.records.UserRecord;
import io.tacitcrm.api.web.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the published playbook asks of one open deal in its current stage: each rule met, due by a date, missed, or
 * still open; and the next actions in order — the due ones soonest first, then the open ones, then the missed ones.
 * The playbook is the one of the narrowest scope that holds the deal's owner (their role or the nearest above it),
 * else the company's.
 */
public final class Guidance {

    public enum State {
        MET, DUE, OPEN, MISSED
    }

    /**
     * A rule's state in the deal's stay; {@code gateMet} whether, as a gate, it lets the deal move on — a gate asks
     * for the footprints at any time in the stay (late is better than never: a missed window must not hold the deal
     * for good).
     */
    public record Check(PlaybookRule rule, State state, Optional<Instant> dueBy, boolean gateMet) {
    }

    /** The deal's checks against a playbook; empty checks when there is no playbook or the deal is closed. */
    public record Report(UUID opportunityId, Optional<UUID> stageId, Optional<Instant> enteredAt,
                         Optional<Playbook> playbook, List<Check> checks) {

        public List<Check> nextActions() {
            return checks.stream().filter(c -> c.state() != State.MET)
                    .sorted(Comparator.comparing(Check::state).thenComparing(c -> c.dueBy().orElse(Instant.MAX)))
                    .toList();
        }

        public long unmet() {
            return checks.stream().filter(c -> c.state() != State.MET).count();
        }
    }

    private static final long SECONDS_PER_DAY = 86_400;
    private final Function<UUID, Optional<DealHistory>> histories;
    private final List<Playbook> published;
    private final Map<UUID, Optional<UUID>> parents = new HashMap<>();
    private final Function<UUID, Optional<UUID>> roleOf;
    /** Owners' playbooks, looked up once per owner: a list of deals has few owners. */
    private final Map<UUID, Optional<Playbook>> byOwner = new HashMap<>();

    /**
     * Guidance by these published playbooks, in a company of these roles; {@code roleOf} tells a user's role and
     * {@code histories} a deal's history (empty for a deal the caller may not open).
     */
    public Guidance(List<Playbook> published, List<RoleRecord> roles, Function<UUID, Optional<UUID>> roleOf,
                    Function<UUID, Optional<DealHistory>> histories) {
        this.published = List.copyOf(published);
        this.roleOf = roleOf;
        this.histories = histories;
        for (RoleRecord role : roles) {
            parents.put(role.id(), role.parentId());
        }
    }

    /** Guidance for the caller, by the company's published playbooks. */
    public static Guidance of(PluginContext context) {
        return of(context, new Playbooks(context, Clock.systemUTC()).published());
    }

    /** Guidance for the caller by these published playbooks (read already). */
    public static Guidance of(PluginContext context, List<Playbook> published) {
        return new Guidance(published, context.roles().all(),
                user -> context.users().find(user).flatMap(UserRecord::roleId), context.figures()::history);
    }

    /** The deal's report; a 404 when the caller may not open the deal. */
    public Report of(UUID opportunityId, Instant now) {
        DealHistory deal = histories.apply(opportunityId)
                .orElseThrow(() -> ApiProblem.notFound("No such opportunity."));
        return of(deal, now);
    }

    public Report of(DealHistory deal, Instant now) {
        if (deal.closedAt().isPresent() || deal.visits().isEmpty()) {
            return new Report(deal.opportunityId(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
        DealHistory.Visit current = deal.visits().getLast();
        Optional<Playbook> playbook = playbookFor(deal.ownerId());
        List<PlaybookRule> rules = playbook.map(p -> p.rules().stream()
                .filter(r -> r.stageId().equals(current.stageId())).toList()).orElse(List.of());
        DealTrail.Stay stay = Trails.of(deal, Set.of(current.stageId()), now).stays().getLast();
        StayFacts facts = StayFacts.of(stay);
        List<Check> checks = rules.stream().map(r -> check(r, facts, stay, now)).toList();
        return new Report(deal.opportunityId(), Optional.of(current.stageId()), Optional.of(current.enteredAt()),
                playbook, checks);
    }

    private static Check check(PlaybookRule rule, StayFacts facts, DealTrail.Stay stay, Instant now) {
        boolean gateMet = facts.meets(asGate(rule.condition()));
        if (facts.meets(rule.condition())) {
            return new Check(rule, State.MET, Optional.empty(), true);
        }
        return switch (rule.condition()) {
            case Condition.Activity a when a.withinDays().isPresent() -> {
                Instant due = stay.entered().plus(Duration.ofSeconds(a.withinDays().getAsInt() * SECONDS_PER_DAY));
                yield new Check(rule, now.isBefore(due) ? State.DUE : State.MISSED, Optional.of(due), gateMet);
            }
            case Condition.Cadence c -> new Check(rule, State.MISSED, Optional.empty(), gateMet);
            default -> new Check(rule, State.OPEN, Optional.empty(), gateMet);
        };
    }

    /** What a rule asks as a gate: its footprints at any time in the stay. */
    public static Condition asGate(Condition condition) {
        return Conditions.withThresholds(condition, Optional.empty(), Optional.empty(), true);
    }

    /** The published playbook of the narrowest scope holding the owner's role, else the company's. */
    Optional<Playbook> playbookFor(UUID ownerId) {
        return byOwner.computeIfAbsent(ownerId, this::lookUp);
    }

    private Optional<Playbook> lookUp(UUID ownerId) {
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Optional<UUID> role = roleOf.apply(ownerId);
        while (role.isPresent()) {
            UUID id = role.get();
            Optional<Playbook> own = published.stream().filter(p -> p.scopeRoleId().equals(Optional.of(id)))
                    .findFirst();
            if (own.isPresent()) {
                return own;
            }
            role = parents.getOrDefault(id, Optional.empty());
        }
        return published.stream().filter(p -> p.scopeRoleId().isEmpty()).findFirst();
    }
}
