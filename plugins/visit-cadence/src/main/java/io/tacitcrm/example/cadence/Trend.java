package io.tacitcrm.example.cadence;

import io.tacitcrm.api.CurrentUser;
import io.tacitcrm.api.PluginContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How each rep's overdue customers developed night by night (the nightly job's counts). A rep sees his own line;
 * holders of {@value #TEAM} see every rep's.
 */
final class Trend {

    static final String TEAM = "visit-cadence.team";

    /** One rep's counts of one night, with the rep's name. */
    record Point(Instant takenAt, String ownerId, String name, int customers, int overdue) {
    }

    private Trend() {
    }

    static List<Point> of(PluginContext context, int days, Instant now) {
        CurrentUser user = context.requireUser();
        Optional<UUID> only = user.has(TEAM) ? Optional.empty() : Optional.of(user.id());
        List<CadenceStore.Snapshot> snapshots = CadenceStore.snapshots(context, now.minus(Duration.ofDays(days)),
                only);
        Map<UUID, String> names = context.users().names(snapshots.stream()
                .map(CadenceStore.Snapshot::ownerId).distinct().toList());
        return snapshots.stream().map(s -> new Point(s.takenAt(), s.ownerId().toString(),
                names.getOrDefault(s.ownerId(), ""), s.customers(), s.overdue())).toList();
    }
}
