package io.tacitcrm.analytics.score;

import io.tacitcrm.analytics.playbook.DealTrail;
import io.tacitcrm.analytics.playbook.StayFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the win model reads of a deal standing in a stage: which stage, how long it has stood there, how busy and how
 * broad the work was, how long the longest silence, how soon the first footprint came, and how often its owner won
 * before. Each feature has a name its explanation is worded by.
 */
public final class Features {

    /** The named features after the stage dummies, in order. */
    public enum Name {
        DAYS_IN_STAGE, FOOTPRINTS, PEOPLE, DECISION_MAKERS, LONGEST_GAP, DAYS_TO_FIRST, DEAL_FOOTPRINTS, OWNER_WINS
    }

    private static final double CAP_DAYS = 60;

    private final List<UUID> stages;

    /** {@code stages}: the process's open stages in order; the first is the baseline of the stage dummies. */
    public Features(List<UUID> stages) {
        this.stages = List.copyOf(stages);
    }

    public int size() {
        return stages.size() - 1 + Name.values().length;
    }

    public List<UUID> stages() {
        return stages;
    }

    /** The index of a stage's dummy, or -1 for the baseline stage (and stages no longer in the process). */
    int stageColumn(UUID stage) {
        int index = stages.indexOf(stage);
        return index <= 0 ? -1 : index - 1;
    }

    public int column(Name name) {
        return stages.size() - 1 + name.ordinal();
    }

    /**
     * The features of the deal in stay {@code index} of its trail, as they stood at the stay's end (or now, for the
     * stay of an open deal): {@code ownerWins} is the owner's smoothed win rate before.
     */
    public double[] of(DealTrail trail, int index, Map<UUID, Double> ownerWins, double typicalWins) {
        DealTrail.Stay stay = trail.stays().get(index);
        StayFacts facts = StayFacts.of(stay);
        double[] x = new double[size()];
        int dummy = stageColumn(stay.stageId());
        if (dummy >= 0) {
            x[dummy] = 1;
        }
        int before = 0;
        for (int i = 0; i <= index; i++) {
            before += trail.stays().get(i).touches().size();
        }
        x[column(Name.DAYS_IN_STAGE)] = Math.log1p(Math.min(CAP_DAYS, facts.lengthDays()));
        x[column(Name.FOOTPRINTS)] = Math.log1p(facts.count());
        x[column(Name.PEOPLE)] = Math.min(5, facts.people());
        x[column(Name.DECISION_MAKERS)] = Math.min(2, facts.deciders());
        x[column(Name.LONGEST_GAP)] = Math.log1p(Math.min(CAP_DAYS, facts.longestGapDays()));
        x[column(Name.DAYS_TO_FIRST)] = Math.log1p(Math.min(CAP_DAYS, Double.isNaN(facts.firstDays())
                ? facts.lengthDays() : facts.firstDays()));
        x[column(Name.DEAL_FOOTPRINTS)] = Math.log1p(before);
        x[column(Name.OWNER_WINS)] = ownerWins.getOrDefault(trail.ownerId(), typicalWins);
        return x;
    }

    /** Every stay of a closed trail as a training example: its features and whether the deal was won. */
    public List<Example> examples(DealTrail trail, Map<UUID, Double> ownerWins, double typicalWins) {
        List<Example> examples = new ArrayList<>(trail.stays().size());
        for (int i = 0; i < trail.stays().size(); i++) {
            examples.add(new Example(of(trail, i, ownerWins, typicalWins), trail.won()));
        }
        return examples;
    }

    /** One training example. */
    public record Example(double[] x, boolean won) {
    }
}
