package io.tacitcrm.analytics;

import io.tacitcrm.api.figures.Engagement;
import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Revenue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How much of the company rests on one rep: their share of won revenue, of the open pipeline and of the top
 * customers; how many of their top customers hang on one contact, or have gone quiet. A share above the company's
 * threshold raises an alert with the action that lowers it: put a second person on the account's team (when the rep
 * holds top customers) or plan a handover.
 */
public record KeyPersonRisk(double threshold, List<Rep> reps) {

    public enum Kind {
        WON_SHARE, PIPELINE_SHARE, TOP_CUSTOMERS_SHARE
    }

    public enum Action {
        ACCOUNT_TEAM, HANDOVER
    }

    /** An alert; {@code customerId} names the rep's largest top customer when the action is on its team. */
    public record Alert(Kind kind, double share, Action action, Optional<UUID> customerId) {
    }

    public record Rep(UUID userId, String name, double wonShare, double pipelineShare, double topCustomerShare,
                      int topCustomers, int singleThreaded, int untouched, List<Alert> alerts) {
    }

    /** What a rep's risk is computed from. */
    public record Inputs(List<Revenue> wonByRep, List<OpenDeals> open, Pareto customers,
                         Map<UUID, Engagement> engagement, Instant quietBefore, Map<UUID, String> names) {
    }

    public static KeyPersonRisk of(Inputs in, double threshold) {
        BigDecimal wonTotal = in.wonByRep().stream().map(Revenue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal openTotal = in.open().stream().map(OpenDeals::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<UUID, BigDecimal> won = new HashMap<>();
        in.wonByRep().forEach(r -> won.merge(r.id(), r.amount(), BigDecimal::add));
        Map<UUID, BigDecimal> open = new HashMap<>();
        in.open().forEach(o -> open.merge(o.ownerId(), o.amount(), BigDecimal::add));
        List<Pareto.Item> top = in.customers().top();
        Set<UUID> reps = new LinkedHashSet<>(won.keySet());
        reps.addAll(open.keySet());
        top.forEach(c -> reps.add(c.ownerId()));
        List<Rep> lines = new ArrayList<>();
        for (UUID rep : reps) {
            List<Pareto.Item> theirs = top.stream().filter(c -> c.ownerId().equals(rep)).toList();
            // only customers the user may open are known well enough to judge
            List<Engagement> known = theirs.stream().map(c -> in.engagement().get(c.id()))
                    .filter(Objects::nonNull).toList();
            int singleThreaded = (int) known.stream().filter(e -> e.contactsEngaged() <= 1).count();
            int untouched = (int) known.stream().filter(e -> e.lastDoneAt().map(t -> t.isBefore(in.quietBefore()))
                    .orElse(true)).count();
            double wonShare = Pareto.share(won.getOrDefault(rep, BigDecimal.ZERO), wonTotal);
            double pipelineShare = Pareto.share(open.getOrDefault(rep, BigDecimal.ZERO), openTotal);
            double topShare = top.isEmpty() ? 0 : (double) theirs.size() / top.size();
            Optional<UUID> biggest = theirs.stream().findFirst().map(Pareto.Item::id);
            List<Alert> alerts = new ArrayList<>();
            alert(alerts, Kind.WON_SHARE, wonShare, threshold, biggest);
            alert(alerts, Kind.PIPELINE_SHARE, pipelineShare, threshold, biggest);
            alert(alerts, Kind.TOP_CUSTOMERS_SHARE, topShare, threshold, biggest);
            lines.add(new Rep(rep, in.names().getOrDefault(rep, "?"), wonShare, pipelineShare, topShare,
                    theirs.size(), singleThreaded, untouched, List.copyOf(alerts)));
        }
        lines.sort(Comparator.comparing((Rep r) -> Math.max(r.wonShare(), Math.max(r.pipelineShare(),
                r.topCustomerShare()))).reversed().thenComparing(Rep::name));
        return new KeyPersonRisk(threshold, List.copyOf(lines));
    }

    private static void alert(List<Alert> alerts, Kind kind, double share, double threshold, Optional<UUID> biggest) {
        if (share > threshold) {
            alerts.add(new Alert(kind, share, biggest.isPresent() ? Action.ACCOUNT_TEAM : Action.HANDOVER, biggest));
        }
    }
}
