package io.tacitcrm.analytics;

import io.tacitcrm.api.figures.Revenue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The 20/80 cut of won revenue: items largest first with their share and running share, the top {@code topPercent}
 * of them (rounded up, at least one when there is any) marked, and the share of revenue the top brings.
 */
public record Pareto(BigDecimal total, int topCount, BigDecimal topAmount, double topShare, List<Item> items) {

    public record Item(UUID id, Optional<String> name, UUID ownerId, BigDecimal value, int deals, double share,
                       double cumulativeShare, boolean top) {
    }

    public static Pareto of(List<Revenue> revenue, int topPercent) {
        List<Revenue> sorted = revenue.stream().sorted((a, b) -> a.amount().compareTo(b.amount()) != 0
                ? b.amount().compareTo(a.amount()) : a.id().compareTo(b.id())).toList();
        BigDecimal total = sorted.stream().map(Revenue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int topCount = topCount(sorted.size(), topPercent);
        List<Item> items = new ArrayList<>(sorted.size());
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal topAmount = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            Revenue r = sorted.get(i);
            running = running.add(r.amount());
            if (i < topCount) {
                topAmount = topAmount.add(r.amount());
            }
            items.add(new Item(r.id(), r.name(), r.ownerId(), r.amount(), r.deals(), share(r.amount(), total),
                    share(running, total), i < topCount));
        }
        return new Pareto(total, topCount, topAmount, share(topAmount, total), List.copyOf(items));
    }

    /** How many items make the top {@code percent}: rounded up, so one customer of three is the top third. */
    static int topCount(int size, int percent) {
        return size == 0 ? 0 : Math.max(1, (int) Math.ceil(size * percent / 100.0));
    }

    /** A share for display, where a double has digits to spare: tens of thousands per request, no decimal division. */
    static double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.doubleValue() / whole.doubleValue();
    }

    public List<Item> top() {
        return items.subList(0, topCount);
    }
}
