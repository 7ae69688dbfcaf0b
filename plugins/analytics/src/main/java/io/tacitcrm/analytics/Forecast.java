package io.tacitcrm.analytics;

import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Revenue;
import io.tacitcrm.api.figures.Target;
import io.tacitcrm.api.records.RoleRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A period's forecast per rep and rolled up the role tree: committed (won in the period), weighted open (open deals
 * expected to close in it, times their stage's probability), best case (committed plus every such open deal), and
 * the target set for the rep or role. A role's line sums its own users and every role below it.
 */
public record Forecast(ForecastPeriod period, Line total, List<RepLine> reps, List<RoleLine> roles) {

    public record Line(BigDecimal committed, BigDecimal weightedOpen, BigDecimal bestCase,
                       Optional<BigDecimal> target) {

        static final Line ZERO = new Line(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty());

        Line plus(Line other) {
            return new Line(committed.add(other.committed), weightedOpen.add(other.weightedOpen),
                    bestCase.add(other.bestCase), target);
        }

        Line withTarget(Optional<BigDecimal> value) {
            return new Line(committed, weightedOpen, bestCase, value);
        }

        /** Committed over target, when there is a target above zero. */
        public Optional<Double> attainment() {
            return target.filter(t -> t.signum() > 0).map(t -> Pareto.share(committed, t));
        }
    }

    public record RepLine(UUID userId, String name, Optional<UUID> roleId, Line line) {
    }

    public record RoleLine(UUID roleId, String name, Optional<UUID> parentId, Line line) {
    }

    /** A person: id, name, role. */
    public record Person(UUID id, String name, Optional<UUID> roleId) {
    }

    public static Forecast of(ForecastPeriod period, List<Revenue> won, List<OpenDeals> open, List<Target> targets,
                              List<Person> people, List<RoleRecord> roles) {
        Map<UUID, Line> byRep = new HashMap<>();
        won.forEach(r -> byRep.merge(r.id(), new Line(r.amount(), BigDecimal.ZERO, r.amount(), Optional.empty()),
                Line::plus));
        open.forEach(o -> byRep.merge(o.ownerId(), new Line(BigDecimal.ZERO, o.weighted(), o.amount(),
                Optional.empty()), Line::plus));
        Map<UUID, BigDecimal> userTargets = targets(targets, "USER");
        Map<UUID, BigDecimal> roleTargets = targets(targets, "ROLE");
        Map<UUID, Person> known = new HashMap<>();
        people.forEach(p -> known.put(p.id(), p));
        Set<UUID> repIds = new LinkedHashSet<>(byRep.keySet());
        repIds.addAll(userTargets.keySet());
        List<RepLine> reps = new ArrayList<>();
        for (UUID id : repIds) {
            Person person = known.getOrDefault(id, new Person(id, "?", Optional.empty()));
            reps.add(new RepLine(id, person.name(), person.roleId(), byRep.getOrDefault(id, Line.ZERO)
                    .withTarget(Optional.ofNullable(userTargets.get(id)))));
        }
        reps.sort(Comparator.comparing((RepLine r) -> r.line().committed()).reversed()
                .thenComparing(RepLine::name));
        Line total = reps.stream().map(RepLine::line).reduce(Line.ZERO, Line::plus).withTarget(Optional.empty());
        return new Forecast(period, total, List.copyOf(reps), rollUp(reps, roles, roleTargets));
    }

    private static List<RoleLine> rollUp(List<RepLine> reps, List<RoleRecord> roles, Map<UUID, BigDecimal> targets) {
        Map<UUID, RoleRecord> byId = new HashMap<>();
        roles.forEach(r -> byId.put(r.id(), r));
        Map<UUID, Line> sums = new HashMap<>();
        for (RepLine rep : reps) {
            Set<UUID> seen = new HashSet<>();
            Optional<UUID> role = rep.roleId();
            while (role.isPresent() && seen.add(role.get())) {
                sums.merge(role.get(), rep.line().withTarget(Optional.empty()), Line::plus);
                role = Optional.ofNullable(byId.get(role.get())).flatMap(RoleRecord::parentId);
            }
        }
        targets.keySet().forEach(id -> sums.putIfAbsent(id, Line.ZERO));
        return roles.stream().filter(r -> sums.containsKey(r.id()))
                .map(r -> new RoleLine(r.id(), r.name(), r.parentId(), sums.get(r.id())
                        .withTarget(Optional.ofNullable(targets.get(r.id())))))
                .toList();
    }

    private static Map<UUID, BigDecimal> targets(List<Target> targets, String subjectType) {
        Map<UUID, BigDecimal> sums = new HashMap<>();
        targets.stream().filter(t -> t.subjectType().equals(subjectType))
                .forEach(t -> sums.merge(t.subjectId(), t.amount(), BigDecimal::add));
        return sums;
    }
}
