package io.tacitcrm.analytics.playbook;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a re-mined draft would change in the version it is based on: the rules it adds, those it drops and those it
 * keeps (a rule is its stage and condition; wording and gates are the manager's and carry no weight here).
 */
public record PlaybookChanges(List<PlaybookRule> added, List<PlaybookRule> dropped, List<PlaybookRule> kept) {

    public static PlaybookChanges between(Playbook before, Playbook after) {
        Set<String> old = before.rules().stream().map(PlaybookChanges::key).collect(Collectors.toSet());
        Set<String> now = after.rules().stream().map(PlaybookChanges::key).collect(Collectors.toSet());
        return new PlaybookChanges(after.rules().stream().filter(r -> !old.contains(key(r))).toList(),
                before.rules().stream().filter(r -> !now.contains(key(r))).toList(),
                after.rules().stream().filter(r -> old.contains(key(r))).toList());
    }

    private static String key(PlaybookRule rule) {
        return rule.stageId() + "/" + Conditions.encode(rule.condition());
    }
}
