package io.tacitcrm.plugin.service;

import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.api.records.Activities;
import io.tacitcrm.api.records.ActivityRecord;
import java.util.Optional;
import java.util.UUID;

/** Footprints for a plugin, with the caller's visibility (that of the footprint's opportunity or account). */
record HostActivities(PluginScope scope, PluginCaller caller, ActivityService activities) implements Activities {

    @Override
    public Optional<ActivityRecord> find(UUID id) {
        return scope.find(caller, () -> record(activities.find(new ActivityId(id))));
    }

    @Override
    public java.util.List<ActivityRecord> ofCustomer(UUID customerId, int limit) {
        var filter = new io.tacitcrm.activity.service.ActivityFilter(Optional.of(new io.tacitcrm.customer.domain.AccountId(customerId)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Math.clamp(limit, 1, 100));
        return scope.find(caller, () -> activities.list(filter).items().stream().map(HostActivities::record).toList())
                .orElse(java.util.List.of());
    }

    static ActivityRecord record(ActivityView a) {
        return new ActivityRecord(a.id().value(), a.links().account().value(),
                a.links().opportunity().map(o -> o.value()), a.links().contact().map(c -> c.value()),
                a.details().type().name(), a.details().status().name(), a.details().subject(), a.details().occurredAt(),
                a.owner().value(), a.ownerName());
    }
}
