package io.tacitcrm.example.cadence;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.ActivityCriteria;
import io.tacitcrm.api.records.ActivityRecord;
import io.tacitcrm.api.records.CustomerRecord;
import io.tacitcrm.api.records.Page;
import io.tacitcrm.api.records.UserRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fills the module's table from the CRM: every customer the caller may see with its owner, then each rep's footprints
 * of the last year, a page at a time — calls per page and per rep, never per customer.
 */
final class Backfill {

    static final Duration LOOK_BACK = Duration.ofDays(365);
    private static final int PAGE = 200;

    private Backfill() {
    }

    /** Backfills everything the context's reader may see; answers how many customers it recorded. */
    static int all(PluginContext context, Instant now) {
        int customers = 0;
        Optional<String> cursor = Optional.empty();
        do {
            Page<CustomerRecord> page = context.customers().list(Optional.empty(), cursor, PAGE);
            CadenceStore.owners(context, page.items());
            customers += page.items().size();
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        Map<UUID, Instant> visits = new HashMap<>();
        Map<UUID, Instant> touches = new HashMap<>();
        for (UserRecord rep : context.users().active()) {
            ActivityCriteria theirs = new ActivityCriteria(Optional.empty(), Optional.empty(), Optional.of(rep.id()),
                    Optional.of(now.minus(LOOK_BACK)), Optional.empty());
            cursor = Optional.empty();
            do {
                Page<ActivityRecord> page = context.activities().list(theirs, cursor, PAGE);
                for (ActivityRecord a : page.items()) {
                    if (CadenceRule.done(a.status())) {
                        touches.merge(a.customerId(), a.occurredAt(), Backfill::later);
                        if (CadenceRule.faceToFace(a.type())) {
                            visits.merge(a.customerId(), a.occurredAt(), Backfill::later);
                        }
                    }
                }
                cursor = page.nextCursor();
            } while (cursor.isPresent());
        }
        touches.forEach((customer, at) -> CadenceStore.latest(context, customer,
                Optional.ofNullable(visits.get(customer)), Optional.of(at)));
        return customers;
    }

    /** Re-reads one customer: its owner, and its latest counted footprint (after an edit or a deletion). */
    static void customer(PluginContext context, UUID customerId) {
        Optional<CustomerRecord> customer = context.customers().find(customerId);
        if (customer.isEmpty()) {
            return;
        }
        CadenceStore.owners(context, List.of(customer.get()));
        Optional<Instant> visit = Optional.empty();
        Optional<Instant> touch = Optional.empty();
        Optional<String> cursor = Optional.empty();
        do {
            Page<ActivityRecord> page = context.activities().list(new ActivityCriteria(Optional.of(customerId),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), cursor, PAGE);
            for (ActivityRecord a : page.items()) {
                if (CadenceRule.done(a.status())) {
                    touch = Optional.of(touch.map(t -> later(t, a.occurredAt())).orElse(a.occurredAt()));
                    if (CadenceRule.faceToFace(a.type())) {
                        visit = Optional.of(visit.map(v -> later(v, a.occurredAt())).orElse(a.occurredAt()));
                    }
                }
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        CadenceStore.latest(context, customerId, visit, touch);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
