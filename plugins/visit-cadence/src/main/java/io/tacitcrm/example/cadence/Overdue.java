package io.tacitcrm.example.cadence;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.CustomerRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is overdue for a visit, as the user may see it: the module's table names the candidates, the host's bulk reader
 * names the ones the user may open (one call per page, never one per customer) and leaves out the rest.
 */
final class Overdue {

    /** An overdue customer as the list shows it. */
    record Customer(UUID customerId, String name, UUID ownerId, String ownerName, Optional<Instant> lastVisitAt,
                    Optional<Long> daysSince) {
    }

    /** One rep's customers the user may see, and how many of them are overdue. */
    record Rep(UUID ownerId, String name, int customers, int overdue) {
    }

    private static final int PAGE = 500;

    private final PluginContext context;
    private final CadenceRule rule;
    private final Instant now;

    Overdue(PluginContext context, Clock clock) {
        this.context = context;
        this.rule = Settings.rule(context);
        this.now = clock.instant();
    }

    CadenceRule rule() {
        return rule;
    }

    /** Up to {@code limit} (≤ 200) overdue customers the user may see, never visited first, of one owner if given. */
    List<Customer> customers(Optional<UUID> owner, int limit) {
        int wanted = Math.clamp(limit, 1, 200);
        List<Customer> found = new ArrayList<>();
        Optional<CadenceStore.Entry> after = Optional.empty();
        while (found.size() < wanted) {
            List<CadenceStore.Entry> page = CadenceStore.due(context, rule, now, owner, after, PAGE);
            Map<UUID, CustomerRecord> visible = named(page);
            for (CadenceStore.Entry entry : page) {
                CustomerRecord customer = visible.get(entry.customerId());
                if (customer != null && found.size() < wanted) {
                    found.add(new Customer(customer.id(), customer.name(), customer.ownerId(), customer.ownerName(),
                            entry.lastVisit(), CadenceRule.daysSince(entry.lastVisit(), now)));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = Optional.of(page.getLast());
        }
        return found;
    }

    /** Per rep, the customers the user may see and how many are overdue; the most overdue rep first. */
    List<Rep> reps() {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        Optional<UUID> after = Optional.empty();
        while (true) {
            List<CadenceStore.Entry> page = CadenceStore.page(context, rule, after, PAGE);
            Set<UUID> visible = context.customers().visible(page.stream().map(CadenceStore.Entry::customerId)
                    .toList());
            for (CadenceStore.Entry entry : page) {
                if (visible.contains(entry.customerId())) {
                    int[] count = counts.computeIfAbsent(entry.ownerId(), id -> new int[2]);
                    count[0]++;
                    count[1] += rule.overdue(entry.lastVisit(), now) ? 1 : 0;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = Optional.of(page.getLast().customerId());
        }
        Map<UUID, String> names = context.users().names(counts.keySet());
        return counts.entrySet().stream()
                .map(e -> new Rep(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()[0], e.getValue()[1]))
                .sorted((a, b) -> a.overdue() != b.overdue() ? Integer.compare(b.overdue(), a.overdue())
                        : a.name().compareTo(b.name()))
                .toList();
    }

    /** The page's customers the user may see, named, in one call (a page is smaller than the reader's 1,000). */
    private Map<UUID, CustomerRecord> named(List<CadenceStore.Entry> page) {
        return context.customers().find(page.stream().map(CadenceStore.Entry::customerId).toList()).stream()
                .collect(Collectors.toMap(CustomerRecord::id, Function.identity()));
    }
}
