package io.tacitcrm.analytics;

import io.tacitcrm.api.CurrentUser;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Breakdown;
import io.tacitcrm.api.figures.Engagement;
import io.tacitcrm.api.figures.Figures;
import io.tacitcrm.api.figures.FootprintTally;
import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.figures.Revenue;
import io.tacitcrm.api.figures.Target;
import io.tacitcrm.api.records.RoleRecord;
import io.tacitcrm.api.records.TeamRecord;
import io.tacitcrm.api.records.UserRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cockpit's figures for the signed-in user, the same for the REST API and the screens: which owners they may ask
 * for, and each report computed from the host's figures.
 */
public final class Cockpit {

    /** At most this many top customers are looked at for quiet and single-threaded ones. */
    static final int MAX_WATCHED = 10_000;

    public enum Dimension {
        CUSTOMERS, REPS
    }

    public enum GroupBy {
        USER, TEAM, ROLE
    }

    /** The 20/80 cut, and the top customers that went quiet and those of top reps that hang on one contact. */
    public record ParetoReport(Dimension dimension, DateRange range, Pareto pareto, List<Pareto.Item> quiet,
                               List<Pareto.Item> singleThreaded) {
    }

    private final PluginContext context;
    private final Figures figures;
    private final Clock clock;
    /** Read on first use: a request refused for its parameters never reads them. */
    private AnalyticsSettings settings;

    public Cockpit(PluginContext context, Clock clock) {
        this.context = context;
        this.figures = context.figures();
        this.clock = clock;
    }

    public AnalyticsSettings settings() {
        if (settings == null) {
            settings = AnalyticsSettings.of(context);
        }
        return settings;
    }

    public ZoneId zone() {
        return context.zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /**
     * Whose figures the user may ask for: without {@value AnalyticsModule#TEAM} only their own (asking for more is a
     * {@link SecurityException}); with it, anyone's, a role's subtree or a team's — within what they may see.
     */
    public Owners owners(Optional<UUID> ownerId, Optional<UUID> roleId, Optional<UUID> teamId) {
        CurrentUser me = context.requireUser();
        if (Stream.of(ownerId, roleId, teamId).filter(Optional::isPresent).count() > 1) {
            throw new IllegalArgumentException("name one of ownerId, roleId and teamId");
        }
        if (!me.has(AnalyticsModule.TEAM)) {
            if (roleId.isPresent() || teamId.isPresent() || ownerId.filter(id -> !id.equals(me.id())).isPresent()) {
                throw new SecurityException(AnalyticsModule.TEAM);
            }
            return Owners.user(me.id());
        }
        return ownerId.map(Owners::user).or(() -> roleId.map(Owners::roleAndBelow))
                .or(() -> teamId.map(Owners::team)).orElse(Owners.visible());
    }

    /** The 20/80 cut alone, without the watch lists (one query). */
    public Pareto revenue(Dimension dimension, DateRange range, Owners owners, String currency) {
        return Pareto.of(figures.won(dimension == Dimension.CUSTOMERS ? Breakdown.CUSTOMER : Breakdown.OWNER, owners,
                range.start(zone()), range.end(zone()), currency), settings().topPercent());
    }

    public ParetoReport pareto(Dimension dimension, DateRange range, Owners owners, String currency) {
        Pareto customers = revenue(Dimension.CUSTOMERS, range, owners, currency);
        Pareto reps = revenue(Dimension.REPS, range, owners, currency);
        Set<UUID> topReps = reps.top().stream().map(Pareto.Item::id).collect(Collectors.toSet());
        // the customers that matter are the top ones: quiet ones, and top reps' ones hanging on a single contact
        // (as the risk page counts them)
        List<Pareto.Item> watched = customers.top();
        Map<UUID, Engagement> engagement = engagement(watched);
        Instant quietBefore = clock.instant().minus(Duration.ofDays(settings().quietDays()));
        List<Pareto.Item> quiet = customers.top().stream().filter(c -> engagement.containsKey(c.id()))
                .filter(c -> engagement.get(c.id()).lastDoneAt().map(t -> t.isBefore(quietBefore)).orElse(true))
                .toList();
        List<Pareto.Item> single = watched.stream().filter(c -> topReps.contains(c.ownerId()))
                .filter(c -> engagement.containsKey(c.id()) && engagement.get(c.id()).contactsEngaged() <= 1)
                .toList();
        return new ParetoReport(dimension, range, dimension == Dimension.CUSTOMERS ? customers : reps, quiet,
                single);
    }

    public PipelineReport pipeline(Owners owners, Optional<LocalDate> closeFrom, Optional<LocalDate> closeTo,
                                   DateRange period, String currency) {
        return PipelineReport.of(figures.stages(), figures.open(owners, closeFrom, closeTo, currency),
                figures.stageStays(owners, period.start(zone()), period.end(zone())));
    }

    public Forecast forecast(ForecastPeriod period, Owners owners, String currency) {
        DateRange range = period.range();
        List<Revenue> won = figures.won(Breakdown.OWNER, owners, range.start(zone()), range.end(zone()), currency);
        List<OpenDeals> open = figures.open(owners, Optional.of(period.start()), Optional.of(period.end()),
                currency);
        List<RoleRecord> roles = context.roles().all();
        Map<UUID, RoleRecord> roleById = roles.stream().collect(Collectors.toMap(RoleRecord::id, r -> r));
        List<UserRecord> active = context.users().active();
        Map<UUID, UserRecord> activeById = active.stream().collect(Collectors.toMap(UserRecord::id, u -> u));
        List<TeamRecord> teams = owners.kind() == Owners.Kind.TEAM ? context.users().teams() : List.of();
        List<Target> targets = figures.targets(period.quarter(), period.start()).stream()
                .filter(t -> t.currency().equals(currency) && targetWithin(owners, t, activeById, roleById, teams))
                .toList();
        // a rep with a target and no deal yet in the period is a line of the forecast too, and needs a name
        List<Forecast.Person> people = people(Stream.of(won.stream().map(Revenue::id),
                open.stream().map(OpenDeals::ownerId), targets.stream().filter(t -> t.subjectType().equals("USER"))
                        .map(Target::subjectId)).flatMap(ids -> ids), active).stream()
                .map(u -> new Forecast.Person(u.id(), u.name(), u.roleId())).toList();
        return Forecast.of(period, won, open, targets, people, roles);
    }

    /** A target counts when its user, or its role, is among the owners asked for (the host shows only visible ones). */
    private static boolean targetWithin(Owners owners, Target target, Map<UUID, UserRecord> active,
                                        Map<UUID, RoleRecord> roles, List<TeamRecord> teams) {
        if (target.subjectType().equals("USER")) {
            return Optional.ofNullable(active.get(target.subjectId())).map(u -> within(owners, u, roles, teams))
                    .orElse(owners.kind() == Owners.Kind.VISIBLE);
        }
        return switch (owners.kind()) {
            case VISIBLE -> true;
            case ROLE_AND_BELOW -> target.subjectId().equals(owners.id().orElseThrow())
                    || strictlyBelow(target.subjectId(), owners.id().orElseThrow(), roles);
            case USER, TEAM -> false;
        };
    }

    public TeamActivity activity(DateRange range, GroupBy groupBy, Owners owners, String currency) {
        Instant from = range.start(zone());
        Instant to = range.end(zone());
        List<FootprintTally> tallies = figures.footprints(owners, from, to);
        List<Revenue> won = figures.won(Breakdown.OWNER, owners, from, to, currency);
        Set<UUID> topReps = Pareto.of(won, settings().topPercent()).top().stream().map(Pareto.Item::id)
                .collect(Collectors.toSet());
        List<TeamActivity.Person> people = activityPeople(owners,
                tallies.stream().map(FootprintTally::ownerId).toList(),
                groupBy);
        TeamActivity perPerson = TeamActivity.perPerson(people, tallies, figures.reach(owners, from, to),
                figures.dailyReports(owners, range.from(), range.endExclusive()), range, today(), topReps);
        Texts texts = new Texts(context.locale());
        return groupBy == GroupBy.USER ? perPerson : perPerson.grouped(people,
                new TeamActivity.Group(new UUID(0, 0), texts.get(groupBy == GroupBy.TEAM ? "group.no-team"
                        : "group.no-role")));
    }

    public KeyPersonRisk risk(DateRange range, Owners owners, String currency) {
        Instant from = range.start(zone());
        Instant to = range.end(zone());
        List<Revenue> byRep = figures.won(Breakdown.OWNER, owners, from, to, currency);
        Pareto customers = Pareto.of(figures.won(Breakdown.CUSTOMER, owners, from, to, currency),
                settings().topPercent());
        List<OpenDeals> open = figures.open(owners, Optional.empty(), Optional.empty(), currency);
        Map<UUID, Engagement> engagement = engagement(customers.top());
        Map<UUID, String> names = new HashMap<>();
        byRep.forEach(r -> r.name().ifPresent(n -> names.put(r.id(), n)));
        Set<UUID> unnamed = new HashSet<>();
        open.forEach(o -> unnamed.add(o.ownerId()));
        customers.top().forEach(c -> unnamed.add(c.ownerId()));
        unnamed.removeAll(names.keySet());
        if (!unnamed.isEmpty()) {
            names.putAll(context.users().names(unnamed));
        }
        return KeyPersonRisk.of(new KeyPersonRisk.Inputs(byRep, open, customers, engagement,
                clock.instant().minus(Duration.ofDays(settings().quietDays())), names),
                settings().riskSharePercent() / 100.0);
    }

    private Map<UUID, Engagement> engagement(List<Pareto.Item> customers) {
        List<UUID> ids = customers.stream().limit(MAX_WATCHED).map(Pareto.Item::id).distinct().toList();
        Instant since = clock.instant().minus(Duration.ofDays(settings().engagementDays()));
        return figures.engagement(ids, since).stream().collect(Collectors.toMap(Engagement::customerId, e -> e));
    }

    /** The active users among these ids, and the inactive ones by name only. */
    private List<UserRecord> people(Stream<UUID> of, List<UserRecord> active) {
        Set<UUID> ids = of.collect(Collectors.toSet());
        List<UserRecord> people = new ArrayList<>(active.stream().filter(u -> ids.contains(u.id())).toList());
        Set<UUID> missing = new HashSet<>(ids);
        people.forEach(u -> missing.remove(u.id()));
        if (!missing.isEmpty()) {
            context.users().names(missing).forEach((id, name) -> people.add(new UserRecord(id, name,
                    Optional.empty(), Optional.empty())));
        }
        return people;
    }

    /**
     * The people of an activity report: those whose footprints were counted, and everyone whose daily reports the
     * user may read (themself and those below) within the owners asked for — so a rep who did nothing shows, too.
     */
    private List<TeamActivity.Person> activityPeople(Owners owners, List<UUID> counted, GroupBy groupBy) {
        CurrentUser me = context.requireUser();
        List<UserRecord> active = context.users().active();
        List<RoleRecord> roles = context.roles().all();
        Map<UUID, RoleRecord> roleById = roles.stream().collect(Collectors.toMap(RoleRecord::id, r -> r));
        Optional<UUID> myRole = active.stream().filter(u -> u.id().equals(me.id())).findFirst()
                .flatMap(UserRecord::roleId);
        Set<UUID> readable = active.stream().filter(u -> u.id().equals(me.id())
                || u.roleId().filter(r -> myRole.isPresent() && strictlyBelow(r, myRole.get(), roleById)).isPresent())
                .map(UserRecord::id).collect(Collectors.toSet());
        List<TeamRecord> teams = groupBy == GroupBy.TEAM ? context.users().teams() : List.of();
        Set<UUID> inScope = active.stream().filter(u -> readable.contains(u.id()) && within(owners, u, roleById,
                teams)).map(UserRecord::id).collect(Collectors.toSet());
        inScope.addAll(counted);
        return people(inScope.stream(), active).stream()
                .map(u -> new TeamActivity.Person(u.id(), u.name(), readable.contains(u.id()),
                        groups(u, groupBy, teams, roleById))).toList();
    }

    private static boolean within(Owners owners, UserRecord user, Map<UUID, RoleRecord> roles,
                                  List<TeamRecord> teams) {
        return switch (owners.kind()) {
            case VISIBLE -> true;
            case USER -> owners.id().orElseThrow().equals(user.id());
            case ROLE_AND_BELOW -> user.roleId().filter(r -> r.equals(owners.id().orElseThrow())
                    || strictlyBelow(r, owners.id().orElseThrow(), roles)).isPresent();
            case TEAM -> teams.stream().anyMatch(t -> t.id().equals(owners.id().orElseThrow())
                    && t.members().contains(user.id()));
        };
    }

    private static List<TeamActivity.Group> groups(UserRecord user, GroupBy groupBy, List<TeamRecord> teams,
                                                   Map<UUID, RoleRecord> roles) {
        return switch (groupBy) {
            case USER -> List.of();
            case TEAM -> teams.stream().filter(t -> t.members().contains(user.id()))
                    .map(t -> new TeamActivity.Group(t.id(), t.name())).toList();
            case ROLE -> user.roleId().map(roles::get).map(r -> List.of(new TeamActivity.Group(r.id(), r.name())))
                    .orElse(List.of());
        };
    }

    static boolean strictlyBelow(UUID role, UUID above, Map<UUID, RoleRecord> roles) {
        Set<UUID> seen = new HashSet<>();
        Optional<UUID> parent = Optional.ofNullable(roles.get(role)).flatMap(RoleRecord::parentId);
        while (parent.isPresent() && seen.add(parent.get())) {
            if (parent.get().equals(above)) {
                return true;
            }
            parent = Optional.ofNullable(roles.get(parent.get())).flatMap(RoleRecord::parentId);
        }
        return false;
    }
}
