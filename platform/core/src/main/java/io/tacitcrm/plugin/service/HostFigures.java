package io.tacitcrm.plugin.service;

import io.tacitcrm.api.figures.Breakdown;
import io.tacitcrm.api.figures.DealHistory;
import io.tacitcrm.api.figures.Engagement;
import io.tacitcrm.api.figures.Figures;
import io.tacitcrm.api.figures.FootprintTally;
import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.figures.Reach;
import io.tacitcrm.api.figures.ReportTally;
import io.tacitcrm.api.figures.Revenue;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.figures.StageStay;
import io.tacitcrm.api.figures.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Figures for a plugin, computed as its caller; arguments checked here, so a plugin's mistake is its own. */
record HostFigures(PluginScope scope, PluginCaller caller, FigureReader reader) implements Figures {

    private static final int MAX_IDS = 10_000;

    @Override
    public List<Stage> stages() {
        return scope.as(caller, reader::stages);
    }

    @Override
    public List<Revenue> won(Breakdown by, Owners owners, Instant from, Instant to, String currency) {
        Objects.requireNonNull(by);
        requireRange(from, to);
        return scope.as(caller, () -> reader.won(by, owners, from, to, currency(currency)));
    }

    @Override
    public List<OpenDeals> open(Owners owners, Optional<LocalDate> closeFrom, Optional<LocalDate> closeTo,
                                String currency) {
        if (closeFrom.isPresent() && closeTo.isPresent() && !closeFrom.get().isBefore(closeTo.get())) {
            throw new IllegalArgumentException("closeFrom must lie before closeTo");
        }
        return scope.as(caller, () -> reader.open(Objects.requireNonNull(owners), closeFrom, closeTo,
                currency(currency)));
    }

    @Override
    public List<StageStay> stageStays(Owners owners, Instant from, Instant to) {
        requireRange(from, to);
        return scope.as(caller, () -> reader.stageStays(Objects.requireNonNull(owners), from, to));
    }

    @Override
    public List<FootprintTally> footprints(Owners owners, Instant from, Instant to) {
        requireRange(from, to);
        return scope.as(caller, () -> reader.footprints(Objects.requireNonNull(owners), from, to));
    }

    @Override
    public List<Reach> reach(Owners owners, Instant from, Instant to) {
        requireRange(from, to);
        return scope.as(caller, () -> reader.reach(Objects.requireNonNull(owners), from, to));
    }

    @Override
    public List<Engagement> engagement(Collection<UUID> customerIds, Instant since) {
        if (customerIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids at once");
        }
        Objects.requireNonNull(since);
        return scope.as(caller, () -> reader.engagement(customerIds, since));
    }

    @Override
    public List<ReportTally> dailyReports(Owners owners, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must lie before to");
        }
        return scope.as(caller, () -> reader.dailyReports(Objects.requireNonNull(owners), from, to));
    }

    @Override
    public List<Target> targets(boolean quarter, LocalDate start) {
        return scope.as(caller, () -> reader.targets(quarter, start));
    }

    @Override
    public long closedDeals(Owners owners, Instant from, Instant to, Consumer<DealHistory> each) {
        requireRange(from, to);
        Objects.requireNonNull(each);
        return scope.as(caller, () -> reader.closedDeals(Objects.requireNonNull(owners), from, to, each));
    }

    @Override
    public long closedDealCount(Owners owners, Instant from, Instant to) {
        requireRange(from, to);
        return scope.as(caller, () -> reader.closedDealCount(Objects.requireNonNull(owners), from, to));
    }

    @Override
    public long openDeals(Owners owners, Consumer<DealHistory> each) {
        Objects.requireNonNull(each);
        return scope.as(caller, () -> reader.openDeals(Objects.requireNonNull(owners), each));
    }

    @Override
    public Optional<DealHistory> history(UUID opportunityId) {
        Objects.requireNonNull(opportunityId);
        return scope.as(caller, () -> reader.history(opportunityId));
    }

    private static void requireRange(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must lie before to");
        }
    }

    private static String currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is three capital letters, e.g. CNY");
        }
        return code;
    }
}
