package io.tacitcrm.analytics.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The playbook API's documents (absent values are null in JSON, as in the core's API). */
public final class PlaybookJson {

    private PlaybookJson() {
    }

    /** {@code POST playbooks}: the period, the scope (a role and below; none for the company), chosen reps. */
    public record MiningInput(LocalDate from, LocalDate to, ScopeDoc scope, List<UUID> reps, String currency) {
    }

    public record ScopeDoc(UUID roleId) {
    }

    public record EditInput(List<UUID> drop, List<RuleEditInput> rules) {
    }

    /** A rule's change: its wording (empty for the generated one), thresholds, whether it gates the next stage. */
    public record RuleEditInput(UUID id, String wording, Integer atLeast, Integer withinDays, Boolean noWindow,
                                Boolean gate) {
    }

    public record ConditionDoc(String kind, String type, String role, Integer atLeast, Integer withinDays,
                               Integer maxGapDays) {
    }

    public record RuleDoc(UUID id, UUID stageId, String stageName, String text, String figures,
                          ConditionDoc condition, String wording, boolean gate, boolean edited, double wonShare,
                          double lostShare, double difference, double differenceLow, double differenceHigh,
                          double lift, double support, int n, double pValue, double qValue, double confidence) {
    }

    public record SampleDoc(UUID stageId, String stageName, int won, int lost, boolean enough) {
    }

    public record ChangesDoc(UUID basedOn, List<String> added, List<String> dropped, List<String> kept) {
    }

    public record PlaybookDoc(UUID id, String status, Integer version, int revision, ScopeDoc scope, LocalDate from,
                              LocalDate to, List<UUID> topReps, boolean topChosen, double progress,
                              boolean cancelRequested, int deals, int tested, List<SampleDoc> samples,
                              List<RuleDoc> rules, ChangesDoc changes, String problem, UUID createdBy,
                              Instant createdAt, Instant finishedAt, Instant publishedAt, UUID publishedBy) {
    }

    public record PlaybookList(List<PlaybookDoc> items) {
    }

    public record ComparisonLineDoc(UUID stageId, String stageName, String deals, String metric, String type,
                                    int topN, int restN, Double top, Double rest, Double effect, Double effectLow,
                                    Double effectHigh, Double pValue, Double qValue, boolean enough) {
    }

    public record ComparisonDoc(UUID playbookId, int minimum, List<ComparisonLineDoc> lines) {
    }

    public record CheckDoc(UUID ruleId, String text, String state, Instant dueBy, boolean gate) {
    }

    public record GuidanceDoc(UUID opportunityId, UUID stageId, String stageName, Instant enteredAt,
                              UUID playbookId, Integer playbookVersion, List<CheckDoc> checks,
                              List<CheckDoc> nextActions) {
    }

    public record RuleEffectDoc(UUID ruleId, String text, int followed, int notFollowed, Double followedWinRate,
                                Double notFollowedWinRate, Double followedCycleDays, Double notFollowedCycleDays,
                                Double pValue, boolean enough, boolean stoppedWorking) {
    }

    public record EffectDoc(UUID playbookId, Instant since, int deals, List<RuleEffectDoc> rules) {
    }
}
