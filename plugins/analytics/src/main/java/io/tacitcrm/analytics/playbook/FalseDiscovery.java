package io.tacitcrm.analytics.playbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Benjamini–Hochberg step-up adjustment: each rule's q-value is the smallest false discovery rate at which it
 * would be declared, over all the rules tested together.
 */
final class FalseDiscovery {

    private FalseDiscovery() {
    }

    static List<Rule> adjust(List<Rule> tested) {
        List<Rule> byP = tested.stream().sorted(Comparator.comparingDouble(Rule::pValue)).toList();
        int m = byP.size();
        double[] q = new double[m];
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, byP.get(i).pValue() * m / (i + 1));
            q[i] = running;
        }
        List<Rule> adjusted = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            Rule r = byP.get(i);
            adjusted.add(new Rule(r.stageId(), r.condition(), r.metWon(), r.won(), r.metLost(), r.lost(),
                    r.wonShare(), r.lostShare(), r.difference(), r.differenceLow(), r.differenceHigh(), r.lift(),
                    r.support(), r.pValue(), q[i], r.confidence()));
        }
        return adjusted;
    }
}
