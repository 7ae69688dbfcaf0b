package io.tacitcrm.sample.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * One deal's life through the default process (线索 → 需求确认 → 方案报价 → 商务谈判 → 赢单
 * or 输单), footprint by footprint. The planted behaviours — what the company's best reps do far more often than
 * the others — raise the chance of reaching the next stage, so in the data they pay off, as part 2 of the
 * analytics is to find:
 * <ol>
 *   <li>线索: the first call within a day of the lead;</li>
 *   <li>需求确认: a visit within 3 days of entering the stage;</li>
 *   <li>方案报价: a demo with a decision maker within 5 days of entering the stage;</li>
 *   <li>商务谈判: three or more of the customer's people engaged in the deal;</li>
 *   <li>throughout: a short cadence, about every 3–4 days instead of 9.</li>
 * </ol>
 * The stage requirements hold as a rep's moves would meet them: a visit before 方案报价, a quote before
 * 商务谈判.
 */
public final class DealWalk {

    /** The process's stages, open ones in order, then the two outcomes. */
    public record Process(List<UUID> open, UUID won, UUID lost) {
    }

    /** The customer's people, the first a decision maker. */
    public record People(List<UUID> contacts, UUID decisionMaker) {
    }

    public record Move(Optional<UUID> from, UUID to, Instant at) {
    }

    public record Footprint(String type, boolean done, Instant at, Optional<UUID> contact, UUID stage) {
    }

    /** Where the deal stands at the end: its stage, when it entered it, and when it closed (if it did). */
    public record Outcome(UUID stage, Instant enteredAt, Optional<Instant> closedAt, List<Move> moves,
                   List<Footprint> footprints) {
        public boolean won(Process process) {
            return stage.equals(process.won());
        }
    }

    private static final double[] ADVANCE_MET = {0.85, 0.85, 0.80, 0.75};
    private static final double[] ADVANCE_NOT = {0.70, 0.60, 0.55, 0.45};
    private static final double[] TOP_MEETS = {0.90, 0.85, 0.80, 0.75};
    private static final double[] OTHERS_MEET = {0.35, 0.30, 0.30, 0.25};
    private static final String[] FILLER = {"CALL", "CALL", "EMAIL", "EMAIL", "MEETING", "VISIT", "NOTE"};

    /** The chance to reach the next stage in the control, whatever was done: the planted average. */
    private static final double[] ADVANCE_CONTROL = {0.75, 0.70, 0.65, 0.60};

    private final Random random;
    private final Process process;
    private final Instant now;
    private final boolean planted;

    public DealWalk(Random random, Process process, Instant now) {
        this(random, process, now, true);
    }

    /**
     * With {@code planted} false, the control: every rep behaves alike and what they do changes no outcome, so a
     * miner must find nothing in it.
     */
    public DealWalk(Random random, Process process, Instant now, boolean planted) {
        this.random = random;
        this.process = process;
        this.now = now;
        this.planted = planted;
    }

    public Outcome walk(boolean topSeller, Instant start, People people) {
        boolean topRep = topSeller && planted;
        List<Move> moves = new ArrayList<>();
        List<Footprint> footprints = new ArrayList<>();
        boolean shortCadence = random.nextDouble() < (topRep ? 0.85 : 0.2);
        double cadenceDays = shortCadence ? 3.5 : 9;
        Instant at = start;
        Optional<UUID> from = Optional.empty();
        for (int s = 0; s < process.open().size(); s++) {
            UUID stage = process.open().get(s);
            moves.add(new Move(from, stage, at));
            boolean meets = random.nextDouble() < (topRep ? TOP_MEETS[s] : OTHERS_MEET[s]);
            Duration stay = days(logNormal(topRep ? 6 : 11, 0.5));
            Instant leaves = at.plus(stay);
            planted(s, meets, at, leaves, people, stage, footprints);
            filler(at, leaves, cadenceDays, people, meets && s == 3, stage, footprints);
            if (leaves.isAfter(now)) {
                footprints.add(new Footprint(FILLER[random.nextInt(3)], false, now.plus(hours(2 + random.nextInt(120))),
                        Optional.of(people.decisionMaker()), stage));
                return new Outcome(stage, at, Optional.empty(), moves, footprints);
            }
            double advance = planted ? (meets ? ADVANCE_MET[s] : ADVANCE_NOT[s]) * (shortCadence ? 1.08 : 1)
                    : ADVANCE_CONTROL[s];
            if (random.nextDouble() >= advance) {
                moves.add(new Move(Optional.of(stage), process.lost(), leaves));
                return new Outcome(process.lost(), leaves, Optional.of(leaves), moves, footprints);
            }
            from = Optional.of(stage);
            at = leaves;
        }
        moves.add(new Move(from, process.won(), at));
        return new Outcome(process.won(), at, Optional.of(at), moves, footprints);
    }

    /** The stage's behaviour, met early or (when the stage requires it) done late; the quote 商务谈判 needs. */
    private void planted(int stage, boolean meets, Instant entered, Instant leaves, People people, UUID stageId,
                         List<Footprint> out) {
        switch (stage) {
            case 0 -> out.add(done("CALL", meets ? early(entered, leaves, 20) : late(entered, leaves, 2),
                    people.decisionMaker(), stageId));
            case 1 -> out.add(done("VISIT", meets ? early(entered, leaves, 60) : late(entered, leaves, 4),
                    pick(people.contacts()), stageId));
            case 2 -> {
                if (meets) {
                    out.add(done("DEMO", early(entered, leaves, 110), people.decisionMaker(), stageId));
                } else if (random.nextBoolean()) {
                    out.add(done("DEMO", late(entered, leaves, 6), pick(people.contacts().subList(1,
                            people.contacts().size())), stageId));
                }
                out.add(done("QUOTE", late(entered, leaves, 0), people.decisionMaker(), stageId));
            }
            default -> {
            }
        }
    }

    /** Footprints at the rep's cadence; in 商务谈判 with many of the customer's people if the behaviour is met. */
    private void filler(Instant from, Instant to, double cadenceDays, People people, boolean manyPeople,
                        UUID stage, List<Footprint> out) {
        List<UUID> engaged = manyPeople ? people.contacts() : people.contacts().subList(0, Math.min(2,
                people.contacts().size()));
        int next = 0;
        for (Instant at = from.plus(days(exponential(cadenceDays))); at.isBefore(to) && at.isBefore(now);
             at = at.plus(days(exponential(cadenceDays)))) {
            UUID contact = manyPeople ? engaged.get(next++ % engaged.size()) : pick(engaged);
            out.add(done(FILLER[random.nextInt(FILLER.length)], at, contact, stage));
        }
        if (manyPeople && next < 3) {
            for (int k = next; k < Math.min(3, engaged.size()); k++) {
                out.add(done("MEETING", within(from, Duration.between(from, to)), engaged.get(k), stage));
            }
        }
    }

    private Footprint done(String type, Instant at, UUID contact, UUID stage) {
        return new Footprint(type, !at.isAfter(now), at, Optional.of(contact), stage);
    }

    private Instant within(Instant from, Duration span) {
        return from.plus(Duration.ofMinutes(1 + (long) (random.nextDouble() * Math.max(1, span.toMinutes() - 1))));
    }

    /** Within {@code hours} of entering the stage, and before it is left. */
    private Instant early(Instant entered, Instant leaves, int hours) {
        Duration room = Duration.between(entered, leaves).minus(hours(1));
        return within(entered, room.compareTo(hours(hours)) < 0 ? room : hours(hours));
    }

    /**
     * Later in the stay than a planted behaviour allows — after {@code afterDays} — yet before the stage is left,
     * as the next stage's requirements want; in a stay too short for that, halfway through it.
     */
    private Instant late(Instant entered, Instant leaves, int afterDays) {
        Instant earliest = entered.plus(days(afterDays));
        Instant latest = leaves.minus(hours(1));
        return earliest.isBefore(latest) ? within(earliest, Duration.between(earliest, latest))
                : entered.plus(Duration.between(entered, leaves).dividedBy(2));
    }

    private UUID pick(List<UUID> list) {
        return list.get(random.nextInt(list.size()));
    }

    private double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private static Duration days(double days) {
        return Duration.ofMinutes((long) (days * 24 * 60));
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }
}
