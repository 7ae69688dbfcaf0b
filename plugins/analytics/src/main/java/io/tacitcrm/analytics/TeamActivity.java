package io.tacitcrm.analytics;

import io.tacitcrm.api.figures.FootprintTally;
import io.tacitcrm.api.figures.Reach;
import io.tacitcrm.api.figures.ReportTally;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Footprints by type and status, customers touched and daily-report compliance, per person and per group (a team, a
 * role), with the top reps marked. A report is due on every weekday of the range up to today, for the people whose
 * reports the user may read; for the others compliance is unknown (empty), never zero.
 */
public record TeamActivity(List<Line> lines) {

    /** One person's or one group's figures; {@code byType} maps a type to its done and planned counts. */
    public record Line(UUID id, String name, int people, Map<String, Counts> byType, long done, long planned,
                       int customersTouched, Optional<Integer> reportsDue, Optional<Integer> reportsSubmitted,
                       boolean top) {

        public Optional<Double> compliance() {
            return reportsDue.filter(due -> due > 0).map(due -> Math.min(1.0,
                    (double) reportsSubmitted.orElse(0) / due));
        }
    }

    public record Counts(long done, long planned) {

        Counts plus(Counts other) {
            return new Counts(done + other.done, planned + other.planned);
        }
    }

    /** A person as this report needs them: whether the user may read their reports, and their groups. */
    public record Person(UUID id, String name, boolean reportsReadable, List<Group> groups) {
    }

    public record Group(UUID id, String name) {
    }

    public static TeamActivity perPerson(List<Person> people, List<FootprintTally> tallies, List<Reach> reach,
                                         List<ReportTally> reports, DateRange range, LocalDate today,
                                         Set<UUID> topReps) {
        Map<UUID, Person> known = new HashMap<>();
        people.forEach(p -> known.put(p.id(), p));
        Set<UUID> ids = new LinkedHashSet<>();
        people.forEach(p -> ids.add(p.id()));
        tallies.forEach(t -> ids.add(t.ownerId()));
        Map<UUID, Integer> touched = new HashMap<>();
        reach.forEach(r -> touched.put(r.ownerId(), r.customers()));
        Map<UUID, Integer> submitted = new HashMap<>();
        reports.forEach(r -> submitted.put(r.authorId(), r.submitted()));
        int due = weekdays(range.from(), range.to().isAfter(today) ? today : range.to());
        List<Line> lines = new ArrayList<>();
        for (UUID id : ids) {
            Person person = known.getOrDefault(id, new Person(id, "?", false, List.of()));
            Map<String, Counts> byType = new TreeMap<>();
            tallies.stream().filter(t -> t.ownerId().equals(id)).forEach(t -> byType.merge(t.type(),
                    "DONE".equals(t.status()) ? new Counts(t.count(), 0) : new Counts(0, t.count()), Counts::plus));
            lines.add(new Line(id, person.name(), 1, byType, byType.values().stream().mapToLong(Counts::done).sum(),
                    byType.values().stream().mapToLong(Counts::planned).sum(), touched.getOrDefault(id, 0),
                    person.reportsReadable() ? Optional.of(due) : Optional.empty(),
                    person.reportsReadable() ? Optional.of(submitted.getOrDefault(id, 0)) : Optional.empty(),
                    topReps.contains(id)));
        }
        lines.sort(Comparator.comparing(Line::done).reversed().thenComparing(Line::name));
        return new TeamActivity(List.copyOf(lines));
    }

    /**
     * The per-person lines summed per group: a person in two teams counts in both, one in none under
     * {@code nobody}. A group is top when one of its people is.
     */
    public TeamActivity grouped(List<Person> people, Group nobody) {
        Map<UUID, Person> known = new HashMap<>();
        people.forEach(p -> known.put(p.id(), p));
        Map<UUID, Line> groups = new HashMap<>();
        for (Line line : lines) {
            List<Group> of = Optional.ofNullable(known.get(line.id())).map(Person::groups).filter(g -> !g.isEmpty())
                    .orElse(List.of(nobody));
            of.forEach(g -> groups.merge(g.id(), relabel(line, g), TeamActivity::sum));
        }
        return new TeamActivity(groups.values().stream().sorted(Comparator.comparing(Line::done).reversed()
                .thenComparing(Line::name)).toList());
    }

    private static Line relabel(Line line, Group group) {
        return new Line(group.id(), group.name(), 1, line.byType(), line.done(), line.planned(),
                line.customersTouched(), line.reportsDue(), line.reportsSubmitted(), line.top());
    }

    private static Line sum(Line a, Line b) {
        Map<String, Counts> byType = new TreeMap<>(a.byType());
        b.byType().forEach((type, counts) -> byType.merge(type, counts, Counts::plus));
        return new Line(a.id(), a.name(), a.people() + b.people(), byType, a.done() + b.done(),
                a.planned() + b.planned(), a.customersTouched() + b.customersTouched(),
                add(a.reportsDue(), b.reportsDue()), add(a.reportsSubmitted(), b.reportsSubmitted()),
                a.top() || b.top());
    }

    private static Optional<Integer> add(Optional<Integer> a, Optional<Integer> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get() + b.get());
    }

    /** Mondays to Fridays from {@code from} to {@code to}, both included; none when {@code to} is earlier. */
    static int weekdays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    /** Lines keyed by id, for callers that join them with other figures. */
    public Map<UUID, Line> byId() {
        return lines.stream().collect(Collectors.toMap(Line::id, Function.identity()));
    }
}
