package io.tacitcrm.plugin.service;

import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.service.ActivityFilter;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.api.records.Activities;
import io.tacitcrm.api.records.ActivityCriteria;
import io.tacitcrm.api.records.ActivityRecord;
import io.tacitcrm.api.records.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Footprints for a plugin, with the caller's visibility (that of the footprint's opportunity or account). */
record HostActivities(PluginScope scope, PluginCaller caller, ActivityService activities) implements Activities {

    @Override
    public Optional<ActivityRecord> find(UUID id) {
        return scope.find(caller, () -> record(activities.find(new ActivityId(id))));
    }

    @Override
    public List<ActivityRecord> ofCustomer(UUID customerId, int limit) {
        var filter = new ActivityFilter(Optional.of(new AccountId(customerId)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Math.clamp(limit, 1, 100));
        return scope.find(caller, () -> activities.list(filter).items().stream().map(HostActivities::record).toList())
                .orElse(List.of());
    }

    static ActivityRecord record(ActivityView a) {
        return new ActivityRecord(a.id().value(), a.links().account().value(),
                a.links().opportunity().map(o -> o.value()), a.links().contact().map(c -> c.value()),
                a.details().type().name(), a.details().status().name(), a.details().subject(), a.details().occurredAt(),
                a.owner().value(), a.ownerName());
    }

    @Override
    public Page<ActivityRecord> list(ActivityCriteria criteria, Optional<String> cursor, int limit) {
        ActivityFilter filter = new ActivityFilter(criteria.customerId().map(AccountId::new),
                criteria.opportunityId().map(OpportunityId::new), criteria.ownerId().map(UserId::new), criteria.from(),
                criteria.to(), cursor.filter(c -> !c.isBlank()).map(ActivityCursor::decode),
                PageLimit.clamped(limit).value());
        return scope.as(caller, () -> {
            var page = activities.list(filter);
            return new Page<>(page.items().stream().map(HostActivities::record).toList(), page.nextCursor());
        });
    }
}
