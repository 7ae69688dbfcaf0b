package io.tacitcrm.plugin.service;

import io.tacitcrm.api.records.Opportunities;
import io.tacitcrm.api.records.OpportunityRecord;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.api.records.OutcomeCounts;
import io.tacitcrm.api.records.Page;
import io.tacitcrm.api.records.StageStep;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.DealFilter;
import io.tacitcrm.sales.domain.OpportunityCursor;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Opportunities for a plugin, with the caller's visibility; outcome counts over the tenant. */
record HostOpportunities(PluginScope scope, PluginCaller caller,
        OpportunityService opportunities) implements Opportunities {

    private static final int MAX_IDS = 10_000;

    @Override
    public Optional<OpportunityRecord> find(UUID id) {
        return scope.find(caller, () -> record(opportunities.find(new OpportunityId(id))));
    }

    @Override
    public List<OpportunityRecord> ofCustomer(UUID customerId, int limit) {
        return scope.find(caller, () -> opportunities.list(Optional.of(new AccountId(customerId)), Optional.empty(),
                Optional.empty(), Optional.empty(), Math.clamp(limit, 1, 100)).items().stream()
                        .map(HostOpportunities::record).toList())
                .orElse(List.of());
    }

    @Override
    public OutcomeCounts outcomes(Collection<UUID> ids) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids at once");
        }
        Map<StageKind, Long> counts = scope.as(caller, () ->
                opportunities.countByStageKind(ids.stream().distinct().map(OpportunityId::new).toList()));
        return new OutcomeCounts(count(counts, StageKind.OPEN), count(counts, StageKind.WON), count(counts,
                StageKind.LOST));
    }

    @Override
    public Set<UUID> visible(Collection<UUID> ids) {
        HostCustomers.requireAtMost(ids);
        if (ids.isEmpty()) {
            return Set.of();
        }
        return scope.as(caller, () -> opportunities.readableAmong(ids.stream().distinct().map(OpportunityId::new)
                .toList())).stream().map(OpportunityId::value).collect(Collectors.toSet());
    }

    private static int count(Map<StageKind, Long> counts, StageKind kind) {
        return counts.getOrDefault(kind, 0L).intValue();
    }

    static OpportunityRecord record(OpportunityView o) {
        return new OpportunityRecord(o.id().value(), o.account().value(), o.details().name(), o.details().amount(),
                o.details().currency(), o.stageName(), Outcome.valueOf(o.stageKind().name()), o.owner().value(),
                o.ownerName(), o.closedAt());
    }

    @Override
    public Page<OpportunityRecord> list(Optional<UUID> customerId, Optional<UUID> ownerId, Optional<String> cursor,
                                        int limit) {
        return page(customerId, ownerId, Optional.empty(), cursor, limit);
    }

    @Override
    public Page<OpportunityRecord> changedSince(Instant since, Optional<String> cursor, int limit) {
        return page(Optional.empty(), Optional.empty(), Optional.of(since), cursor, limit);
    }

    private Page<OpportunityRecord> page(Optional<UUID> customerId, Optional<UUID> ownerId, Optional<Instant> since,
                                         Optional<String> cursor, int limit) {
        return scope.as(caller, () -> {
            var page = opportunities.list(customerId.map(AccountId::new), Optional.empty(),
                    DealFilter.owner(ownerId.map(UserId::new)), since,
                    cursor.filter(c -> !c.isBlank()).map(OpportunityCursor::decode), PageLimit.clamped(limit).value());
            return new Page<>(page.items().stream().map(HostOpportunities::record).toList(), page.nextCursor());
        });
    }

    @Override
    public List<OpportunityRecord> find(Collection<UUID> ids) {
        HostCustomers.requireAtMost(ids);
        return scope.as(caller, () -> opportunities.findAll(ids.stream().map(OpportunityId::new).toList()).stream()
                .map(HostOpportunities::record).toList());
    }

    @Override
    public List<StageStep> stageHistory(UUID opportunityId) {
        return scope.find(caller, () -> opportunities.history(new OpportunityId(opportunityId)).stream()
                .map(m -> new StageStep(m.fromName(), m.toName(), m.at(), m.by().value())).toList()).orElse(List.of());
    }
}
