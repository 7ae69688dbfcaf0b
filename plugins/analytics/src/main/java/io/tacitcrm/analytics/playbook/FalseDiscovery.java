package io.tacitcrm.analytics.playbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Benjamini–Hochberg step-up adjustment: each rule's q-value is the smallest false discovery rate at which it
 * would be declared, over all the rules tested together.
 */
final class FalseDiscovery {

    private FalseDiscovery() {
    }

    /** The q-values of these p-values, in their order. */
    static double[] qValues(double[] tested) {
        // a test that could not say anything counts as no evidence, not as a NaN that would spread to every q-value
        double[] p = Arrays.stream(tested).map(v -> Double.isNaN(v) ? 1 : v).toArray();
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[p.length];
        double running = 1;
        for (int k = p.length - 1; k >= 0; k--) {
            running = Math.min(running, p[order[k]] * p.length / (k + 1));
            q[order[k]] = running;
        }
        return q;
    }

    static List<Rule> adjust(List<Rule> tested) {
        List<Rule> byP = tested.stream().sorted(Comparator.comparingDouble(Rule::pValue)).toList();
        int m = byP.size();
        double[] q = qValues(byP.stream().mapToDouble(Rule::pValue).toArray());
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
