package io.tacitcrm.analytics.playbook;

import java.util.UUID;

/**
 * A condition in a stage that the chosen reps' won deals meet far more often than lost ones: how many of each were
 * compared and met it, the shares and their difference with a 95% interval (Newcombe's hybrid score interval), the
 * lift, the share of compared stays that meet it (support), the one-sided p-value of Fisher's exact test, the
 * Benjamini–Hochberg q-value over every condition tested, and the confidence (of the stays meeting it, the share that
 * were the chosen reps' wins).
 */
public record Rule(UUID stageId, Condition condition, int metWon, int won, int metLost, int lost, double wonShare,
                   double lostShare, double difference, double differenceLow, double differenceHigh, double lift,
                   double support, double pValue, double qValue, double confidence) {

    /** The stays compared. */
    public int n() {
        return won + lost;
    }
}
