package io.tacitcrm.plugin.service;

import io.tacitcrm.access.service.RecordAccess;
import io.tacitcrm.api.figures.Breakdown;
import io.tacitcrm.api.figures.DealHistory;
import io.tacitcrm.api.figures.Engagement;
import io.tacitcrm.api.figures.FootprintTally;
import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.figures.Reach;
import io.tacitcrm.api.figures.ReportTally;
import io.tacitcrm.api.figures.Revenue;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.figures.StageStay;
import io.tacitcrm.api.figures.Target;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.plugin.domain.DealHistories;
import io.tacitcrm.plugin.domain.FigureQueries;
import io.tacitcrm.plugin.domain.FigureQueries.StageChangeRow;
import io.tacitcrm.plugin.domain.FigureScope;
import io.tacitcrm.plugin.domain.ReportReader;
import io.tacitcrm.sales.domain.Opportunity;
import io.tacitcrm.sales.domain.SalesStageRepository;
import io.tacitcrm.sales.domain.TargetPeriod;
import io.tacitcrm.sales.service.TargetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The SDK's figures for the bound caller: their visibility, the owners asked for, one read-only transaction. */
@ApplicationScoped
@Transactional
public class FigureReader {

    /** Stays are built from raw stage changes; more than this many is a range too long to answer at once. */
    static final int MAX_CHANGES = 200_000;

    private final FigureQueries queries;
    private final DealHistories histories;
    private final RecordAccess access;
    private final CurrentPrincipal caller;
    private final UserDirectory directory;
    private final SalesStageRepository stages;
    private final TargetService targets;

    @Inject
    public FigureReader(FigureQueries queries, DealHistories histories, RecordAccess access,
            CurrentPrincipal caller, UserDirectory directory, SalesStageRepository stages, TargetService targets) {
        this.queries = queries;
        this.histories = histories;
        this.access = access;
        this.caller = caller;
        this.directory = directory;
        this.stages = stages;
        this.targets = targets;
    }

    /** For CDI's proxy only. */
    protected FigureReader() {
        this(null, null, null, null, null, null, null);
    }

    public List<Stage> stages() {
        return stages.all().stream().map(s -> new Stage(s.id().value(), s.name(), s.position(), s.probability(),
                Outcome.valueOf(s.kind().name()), s.retired())).toList();
    }

    public List<Revenue> won(Breakdown by, Owners owners, Instant from, Instant to, String currency) {
        return queries.won(by, scope(owners), from, to, currency);
    }

    public List<OpenDeals> open(Owners owners, Optional<LocalDate> closeFrom, Optional<LocalDate> closeTo,
                                String currency) {
        return queries.open(scope(owners), closeFrom, closeTo, currency);
    }

    public List<StageStay> stageStays(Owners owners, Instant from, Instant to) {
        List<StageChangeRow> changes = queries.changesSince(scope(owners), from, MAX_CHANGES + 1);
        if (changes.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("more than " + MAX_CHANGES + " stage changes since " + from
                    + "; ask for a shorter range");
        }
        List<StageStay> stays = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            StageChangeRow entered = changes.get(i);
            if (!entered.at().isBefore(to)) {
                continue;
            }
            Optional<StageChangeRow> next = i + 1 < changes.size()
                    && changes.get(i + 1).opportunityId().equals(entered.opportunityId())
                    ? Optional.of(changes.get(i + 1)) : Optional.empty();
            stays.add(new StageStay(entered.opportunityId(), entered.ownerId(), entered.stageId(), entered.at(),
                    next.map(StageChangeRow::at), next.map(StageChangeRow::stageId)));
        }
        return stays;
    }

    public List<FootprintTally> footprints(Owners owners, Instant from, Instant to) {
        return queries.footprints(scope(owners), from, to);
    }

    public List<Reach> reach(Owners owners, Instant from, Instant to) {
        return queries.reach(scope(owners), from, to);
    }

    public List<Engagement> engagement(Collection<UUID> customerIds, Instant since) {
        return queries.engagement(scope(Owners.visible()), customerIds, since);
    }

    public List<ReportTally> dailyReports(Owners owners, LocalDate from, LocalDate to) {
        Principal me = caller.require();
        ReportReader reader = new ReportReader(me.userId().value(),
                me.rolePath().filter(path -> me.leadsOtherRoles()).map(RolePath::value), me.readsAsCompany());
        return queries.dailyReports(scope(owners), reader, from, to);
    }

    public List<Target> targets(boolean quarter, LocalDate start) {
        TargetPeriod period = new TargetPeriod(quarter ? TargetPeriod.Kind.QUARTER : TargetPeriod.Kind.MONTH, start);
        return targets.of(period, ZoneOffset.UTC).stream().map(t -> new Target(t.subject().name(), t.subjectId(),
                quarter, start, t.amount(), t.currency())).toList();
    }

    public long closedDeals(Owners owners, Instant from, Instant to, Consumer<DealHistory> each) {
        return histories.stream(scope(owners), new DealHistories.Selection.Closed(from, to), each);
    }

    public long closedDealCount(Owners owners, Instant from, Instant to) {
        return histories.count(scope(owners), new DealHistories.Selection.Closed(from, to));
    }

    public long openDeals(Owners owners, Consumer<DealHistory> each) {
        return histories.stream(scope(owners), new DealHistories.Selection.Open(), each);
    }

    public Optional<DealHistory> history(UUID opportunityId) {
        List<DealHistory> one = new ArrayList<>(1);
        histories.stream(scope(Owners.visible()), new DealHistories.Selection.One(opportunityId), one::add);
        return one.stream().findFirst();
    }

    private FigureScope scope(Owners owners) {
        Optional<String> rolePath = owners.kind() == Owners.Kind.ROLE_AND_BELOW
                ? directory.rolePath(new RoleId(owners.id().orElseThrow())).map(RolePath::value) : Optional.empty();
        return new FigureScope(access.viewer(Opportunity.OBJECT_TYPE), access.viewer(Account.OBJECT_TYPE), owners,
                rolePath);
    }
}
