package io.tacitcrm.analytics.playbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A playbook of one scope (the company, or a role and the roles below it), mined from the closed deals of a period:
 * while mining, its progress; then a draft of rules a manager edits, published as the scope's next version.
 */
public record Playbook(UUID id, Optional<UUID> scopeRoleId, Status status, Optional<Integer> version, int revision,
                       LocalDate from, LocalDate to, List<UUID> topReps, boolean topChosen, double progress,
                       boolean cancelRequested, int deals, int tested, List<PlaybookMiner.StageSample> samples,
                       List<Comparison.Line> comparison, Optional<String> problem, Optional<UUID> basedOn,
                       UUID createdBy, Instant createdAt, Instant updatedAt, Optional<Instant> finishedAt,
                       Optional<Instant> publishedAt, Optional<UUID> publishedBy, List<PlaybookRule> rules) {

    public enum Status {
        MINING, DRAFT, PUBLISHED, RETIRED, FAILED, CANCELLED
    }

    public Playbook {
        topReps = List.copyOf(topReps);
        samples = List.copyOf(samples);
        comparison = List.copyOf(comparison);
        rules = List.copyOf(rules);
    }

    public Playbook withRules(List<PlaybookRule> changed) {
        return new Playbook(id, scopeRoleId, status, version, revision, from, to, topReps, topChosen, progress,
                cancelRequested, deals, tested, samples, comparison, problem, basedOn, createdBy, createdAt,
                updatedAt, finishedAt, publishedAt, publishedBy, changed);
    }

    public Optional<PlaybookRule> rule(UUID ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
