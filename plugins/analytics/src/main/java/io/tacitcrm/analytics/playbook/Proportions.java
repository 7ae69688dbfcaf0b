package io.tacitcrm.analytics.playbook;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Whether two shares differ ({@code a} of {@code n} against {@code b} of {@code m}) by Fisher's exact test while the
 * samples are small, and by Pearson's chi-square test once they hold more than {@link #EXACT_UP_TO} (where the two
 * agree closely, and the exact test's sum over every possible table would take seconds per condition).
 */
final class Proportions {

    static final int EXACT_UP_TO = 10_000;
    private static final FisherExactTest GREATER = FisherExactTest.withDefaults()
            .with(AlternativeHypothesis.GREATER_THAN);
    private static final FisherExactTest DIFFERENT = FisherExactTest.withDefaults();
    private static final ChiSquareTest CHI_SQUARE = ChiSquareTest.withDefaults();

    private static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    /** Two shares and their difference with its 95% interval (Newcombe's hybrid score method). */
    record Difference(double first, double second, double value, double low, double high) {
    }

    private Proportions() {
    }

    /** {@code a} of {@code n} against {@code b} of {@code m}: the shares and how far apart they are. */
    static Difference difference(int a, int n, int b, int m) {
        double first = (double) a / n;
        double second = (double) b / m;
        double[] firstInterval = wilson(a, n);
        double[] secondInterval = wilson(b, m);
        double value = first - second;
        double below = Math.sqrt(sq(first - firstInterval[0]) + sq(secondInterval[1] - second));
        double above = Math.sqrt(sq(firstInterval[1] - first) + sq(second - secondInterval[0]));
        return new Difference(first, second, value, value - below, value + above);
    }

    /** Wilson's score interval of a proportion, {lower, upper}. */
    private static double[] wilson(int successes, int n) {
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static double sq(double x) {
        return x * x;
    }

    /** The one-sided p-value of "the first share is the greater". */
    static double greater(int a, int n, int b, int m) {
        if (a == 0 || degenerate(a, n, b, m)) {
            return 1;
        }
        if (n + m <= EXACT_UP_TO) {
            return GREATER.test(table(a, n, b, m)).getPValue();
        }
        double twoSided = chiSquare(a, n, b, m);
        return (double) a / n > (double) b / m ? twoSided / 2 : 1 - twoSided / 2;
    }

    /** The two-sided p-value of "the shares differ". */
    static double different(int a, int n, int b, int m) {
        if (degenerate(a, n, b, m)) {
            return 1;
        }
        return n + m <= EXACT_UP_TO ? DIFFERENT.test(table(a, n, b, m)).getPValue() : chiSquare(a, n, b, m);
    }

    /** Nothing to compare: every stay met it, or none did. */
    private static boolean degenerate(int a, int n, int b, int m) {
        return a + b == 0 || a + b == n + m;
    }

    private static int[][] table(int a, int n, int b, int m) {
        return new int[][]{{a, n - a}, {b, m - b}};
    }

    private static double chiSquare(int a, int n, int b, int m) {
        return CHI_SQUARE.test(new long[][]{{a, n - a}, {b, m - b}}).getPValue();
    }
}
