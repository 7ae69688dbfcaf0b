package io.tacitcrm.analytics.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every condition the miner tries in every stage: customer-facing footprint types, alone or with someone of a
 * decision role, once to three times, within 1–14 days of entering the stage or before the next; two to four people
 * engaged; a footprint at least every 3, 5 or 7 days.
 */
final class Grammar {

    static final List<String> TYPES = List.of("CALL", "VISIT", "MEETING", "EMAIL", "DEMO", "QUOTE");
    static final List<String> ROLES = List.of("DECISION_MAKER", "ECONOMIC_BUYER", "CHAMPION", "INFLUENCER",
            "EVALUATOR", "USER");
    private static final int[] COUNTS = {1, 2, 3};
    private static final int[] WINDOWS = {1, 3, 5, 7, 14};
    private static final int[] PEOPLE = {2, 3, 4};
    private static final int[] GAPS = {3, 5, 7};

    private Grammar() {
    }

    static List<Condition> conditions() {
        List<Condition> all = new ArrayList<>();
        List<Optional<String>> roles = new ArrayList<>();
        roles.add(Optional.empty());
        ROLES.forEach(r -> roles.add(Optional.of(r)));
        for (String type : TYPES) {
            for (Optional<String> role : roles) {
                for (int count : COUNTS) {
                    all.add(new Condition.Activity(type, role, count, OptionalInt.empty()));
                    for (int window : WINDOWS) {
                        all.add(new Condition.Activity(type, role, count, OptionalInt.of(window)));
                    }
                }
            }
        }
        for (int people : PEOPLE) {
            all.add(new Condition.People(people));
        }
        for (int gap : GAPS) {
            all.add(new Condition.Cadence(gap));
        }
        return List.copyOf(all);
    }
}
