package io.tacitcrm.sales.service;

import io.tacitcrm.access.service.RecordAccess;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.audit.service.Changes;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Ownership;
import io.tacitcrm.identity.service.OwnershipChanged;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.sales.domain.Opportunity;
import io.tacitcrm.sales.domain.OpportunityCursor;
import io.tacitcrm.sales.domain.OpportunityDetails;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.DealFilter;
import io.tacitcrm.sales.domain.OpportunityQuery;
import io.tacitcrm.sales.domain.OpportunityRepository;
import io.tacitcrm.sales.domain.CloseReason;
import io.tacitcrm.sales.domain.Footprint;
import io.tacitcrm.sales.domain.RequirementsUnmetException;
import io.tacitcrm.sales.domain.StageShortfall;
import io.tacitcrm.sales.domain.SalesStage;
import io.tacitcrm.sales.domain.SalesStageRepository;
import io.tacitcrm.sales.domain.StageChange;
import io.tacitcrm.sales.domain.StageEvidence;
import io.tacitcrm.sales.domain.StageGates;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.domain.UnmetRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Opportunities of the caller's tenant, with their own record access (owner, hierarchy, org-wide default, shares).
 * Opening one needs read access to its account; a stage move needs edit access and the target stage's requirements.
 */
@ApplicationScoped
@Transactional
public class OpportunityService {

    static final String ENTITY = Opportunity.OBJECT_TYPE;

    private final OpportunityRepository opportunities;
    private final SalesStageRepository stages;
    private final StageEvidence evidence;
    private final StageGates gates;
    private final AccountService accounts;
    private final ContactService contacts;
    private final RecordAccess access;
    private final UserDirectory users;
    private final CurrentPrincipal caller;
    private final Audit audit;
    private final Ownership ownership;
    private final Clock clock;
    private final Event<StageChanged> stageChanged;
    private final Event<OwnershipChanged> ownerChanged;
    private final DealOutcomes outcomes;

    @Inject
    public OpportunityService(OpportunityRepository opportunities, SalesStageRepository stages,
            StageEvidence evidence, StageGates gates, AccountService accounts, ContactService contacts,
            RecordAccess access, UserDirectory users, CurrentPrincipal caller, Audit audit, Ownership ownership,
            Clock clock, Event<StageChanged> stageChanged, Event<OwnershipChanged> ownerChanged,
            DealOutcomes outcomes) {
        this.opportunities = opportunities;
        this.stages = stages;
        this.evidence = evidence;
        this.gates = gates;
        this.accounts = accounts;
        this.contacts = contacts;
        this.access = access;
        this.users = users;
        this.caller = caller;
        this.audit = audit;
        this.ownership = ownership;
        this.clock = clock;
        this.stageChanged = stageChanged;
        this.ownerChanged = ownerChanged;
        this.outcomes = outcomes;
    }

    /** For CDI's proxy only. */
    protected OpportunityService() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Page<OpportunityView, OpportunityCursor> list(Optional<AccountId> account, Optional<StageId> stage,
            Optional<UserId> owner, Optional<OpportunityCursor> after, int limit) {
        return list(account, stage, DealFilter.owner(owner), Optional.empty(), after, limit);
    }

    public Page<OpportunityView, OpportunityCursor> list(Optional<AccountId> account, Optional<StageId> stage,
            DealFilter filter, Optional<Instant> changedSince, Optional<OpportunityCursor> after, int limit) {
        account.ifPresent(accounts::permit);
        List<Opportunity> rows = opportunities.page(new OpportunityQuery(access.viewer(ENTITY), account, stage, filter,
                changedSince, after, limit));
        return Page.of(rows, limit, OpportunityCursor::after, this::views);
    }

    /** Those of these opportunities the caller may read, in one query, in no particular order. */
    public List<OpportunityView> findAll(Collection<OpportunityId> ids) {
        List<Opportunity> found = opportunities.readable(ids, access.viewer(ENTITY));
        return found.isEmpty() ? List.of() : views(found);
    }

    /** Which of these opportunities the caller may read, in one query (for lists of footprints that link to them). */
    public Set<OpportunityId> readableAmong(Collection<OpportunityId> ids) {
        return opportunities.readableAmong(ids, access.viewer(ENTITY));
    }

    /**
     * How many of these opportunities are in stages of each kind, over the whole tenant: a count discloses no record
     * (the knowledge base's win rate of the deals that cited an article).
     */
    public Map<StageKind, Long> countByStageKind(Collection<OpportunityId> ids) {
        caller.require();
        return opportunities.countByStageKind(ids);
    }

    public OpportunityView find(OpportunityId id) {
        return view(readable(id));
    }

    public OpportunityView open(NewOpportunity request) {
        accounts.permit(request.account());
        requireContactOf(request.account(), request.details());
        SalesStage stage = request.stage().map(this::enterable).orElseGet(this::firstOpenStage);
        if (stage.kind() != StageKind.OPEN) {
            throw InvalidInputException.of("stageId", "stage.closed", "a new opportunity starts in an open stage");
        }
        UserId me = caller.require().userId();
        UserId owner = ownership.ownerForNew(request.owner());
        Opportunity opportunity = new Opportunity(new OpportunityId(Ids.newId()), request.account(), request.details(),
                stage, owner, me, now());
        requireMet(stage, Integer.MIN_VALUE, opportunity); // a deal opened in a later stage passes the earlier ones
        opportunities.add(opportunity);
        flush(); // the insert sets the stored version, which the answer's ETag must carry
        opportunities.record(new StageChange(Ids.newId(), opportunity, Optional.empty(), now(), me));
        audit.created(ENTITY, opportunity.id().value(), "account " + request.account() + "; stage " + stage.id()
                + "; owner " + owner);
        return view(opportunity);
    }

    public OpportunityView edit(OpportunityId id, ExpectedVersion expected,
                                Function<OpportunityView, OpportunityDetails> edit) {
        return edit(id, expected, edit, Optional.empty());
    }

    /** Edits the deal's details; when {@code newOwner} names someone else, reassigns it as a one-record transfer. */
    public OpportunityView edit(OpportunityId id, ExpectedVersion expected,
                                Function<OpportunityView, OpportunityDetails> edit, Optional<UserId> newOwner) {
        Opportunity opportunity = editable(id);
        expected.check(opportunity.version(), ENTITY);
        OpportunityDetails before = opportunity.details();
        OpportunityDetails after = edit.apply(view(opportunity));
        requireContactOf(opportunity.account(), after);
        if (isWon(stages.find(opportunity.stage())) && (!before.amount().equals(after.amount())
                || !before.currency().equals(after.currency()))) {
            opportunities.lockCustomerOf(opportunity);
        }
        opportunity.update(after, now());
        UserId previousOwner = opportunity.owner();
        Optional<UserId> reassigned = newOwner.filter(o -> !o.equals(previousOwner));
        reassigned.ifPresent(o -> {
            ownership.requireMayReassign(previousOwner, o);
            opportunity.reassign(o, now());
        });
        flush();
        audit.updated(ENTITY, id.value(), Changes.between(before, after));
        reassigned.ifPresent(o -> {
            audit.record("TRANSFER", ENTITY, id.value(), "owner " + previousOwner + " to " + o);
            Principal me = caller.require();
            ownerChanged.fire(new OwnershipChanged(me.tenantId(), me.userId(), now(), ENTITY, id.value(),
                    opportunity.account().value(), previousOwner, o, "EDIT"));
        });
        return view(opportunity);
    }

    /**
     * Moves the opportunity into {@code target} if it meets the stage's entry requirements and those of every open
     * stage it would pass on the way (unless the company lets deals skip that stage); otherwise nothing changes and the
     * exception lists everything still missing, stage by stage. Losing a deal passes nothing. Reopening a won or lost
     * deal takes {@code opportunity.reopen} and is audited. Every move is kept in the stage history.
     */
    public OpportunityView moveToStage(OpportunityId id, StageId target, ExpectedVersion expected) {
        return moveToStage(id, target, expected, CloseOutcome.none());
    }

    /**
     * As {@link #moveToStage(OpportunityId, StageId, ExpectedVersion)}; a move into a won or lost stage records why
     * ({@code outcome}: a reason from the company's list of that kind, required while the list has any).
     */
    public OpportunityView moveToStage(OpportunityId id, StageId target, ExpectedVersion expected,
            CloseOutcome outcome) {
        Opportunity opportunity = editable(id);
        expected.check(opportunity.version(), ENTITY);
        SalesStage stage = enterable(target);
        if (stage.id().equals(opportunity.stage())) {
            return view(opportunity);
        }
        Optional<SalesStage> current = stages.find(opportunity.stage());
        boolean reopening = current.filter(c -> c.kind() != StageKind.OPEN).isPresent()
                && stage.kind() == StageKind.OPEN;
        if (reopening) {
            caller.require().require(Permission.OPPORTUNITY_REOPEN);
        }
        requireMet(stage, current.map(SalesStage::position).orElse(Integer.MAX_VALUE), opportunity);
        Optional<CloseReason> reason = stage.kind() == StageKind.OPEN ? Optional.empty()
                : outcomes.require(stage.kind(), outcome);
        StageId from = opportunity.stage();
        if (opportunity.details().amount().isPresent() && (isWon(current) || isWon(Optional.of(stage)))) {
            opportunities.lockCustomerOf(opportunity);
        }
        opportunity.enter(stage, now(), reason, outcome.competitor().map(String::strip).filter(c -> !c.isEmpty()));
        opportunities.record(new StageChange(Ids.newId(), opportunity, Optional.of(from), now(),
                caller.require().userId()));
        flush();
        audit.record(reopening ? "REOPEN" : "STAGE_CHANGE", ENTITY, id.value(), "from " + from + " to "
                + stage.id());
        Principal me = caller.require();
        stageChanged.fire(new StageChanged(me.tenantId(), me.userId(), now(), id, opportunity.account(),
                stages.find(from).map(SalesStage::name).orElse(""), stage.name(), stage.kind()));
        return view(opportunity);
    }

    /**
     * What the opportunity still lacks for {@code target} and for each stage it would pass on the way there, stage by
     * stage: the UI shows it before the user tries. Empty when the move may be made.
     */
    public List<StageShortfall> unmetFor(OpportunityId id, StageId target) {
        Opportunity opportunity = readable(id);
        return stages.find(target).map(stage -> shortfalls(stage, stages.find(opportunity.stage())
                .map(SalesStage::position).orElse(Integer.MAX_VALUE), opportunity)).orElse(List.of());
    }

    /**
     * The next active stage after the deal's current one (if any) and what the deal lacks for it: a handover shows it.
     */
    public Optional<NextStageGap> nextStageGap(OpportunityId id) {
        Opportunity opportunity = readable(id);
        List<SalesStage> active = stages.all().stream().filter(s -> !s.retired())
                .sorted(Comparator.comparingInt(SalesStage::position)).toList();
        int current = active.stream().map(SalesStage::id).toList().indexOf(opportunity.stage());
        if (current < 0 || current + 1 >= active.size()) {
            return Optional.empty();
        }
        SalesStage next = active.get(current + 1);
        // the stage's own requirements only: a handover asks this for every deal, too many calls into modules
        return Optional.of(new NextStageGap(next.id(), next.name(),
                next.requirements().unmetBy(opportunity, evidence.doneOn(id),
                        () -> evidence.doneUnlinkedOn(opportunity.account()).values())));
    }

    public void remove(OpportunityId id, ExpectedVersion expected) {
        Opportunity opportunity = editable(id);
        expected.check(opportunity.version(), ENTITY);
        if (opportunity.details().amount().isPresent() && isWon(stages.find(opportunity.stage()))) {
            opportunities.lockCustomerOf(opportunity);
        }
        opportunities.remove(opportunity);
        flush();
        audit.deleted(ENTITY, id.value(), "account " + opportunity.account());
    }

    public List<StageMove> history(OpportunityId id) {
        readable(id);
        List<StageChange> changes = opportunities.history(id);
        Map<StageId, String> stageNames = stages.all().stream().collect(Collectors.toMap(SalesStage::id,
                SalesStage::name));
        Map<UserId, String> names = users.names(changes.stream().map(StageChange::by).collect(Collectors.toSet()));
        return changes.stream().map(c -> new StageMove(c.from(), c.from().map(stageNames::get), c.to(),
                stageNames.getOrDefault(c.to(), ""), c.at(), c.by(), names.getOrDefault(c.by(), ""))).toList();
    }

    /**
     * Refuses the move into {@code stage} from the stage at position {@code from} while the deal lacks anything for it
     * or for a stage it would pass.
     */
    private void requireMet(SalesStage stage, int from, Opportunity opportunity) {
        List<StageShortfall> shortfalls = shortfalls(stage, from, opportunity);
        if (!shortfalls.isEmpty()) {
            throw RequirementsUnmetException.of(stage.name(), shortfalls);
        }
    }

    /** What the deal lacks for each stage it would pass on the way from position {@code from}, then for the stage. */
    private List<StageShortfall> shortfalls(SalesStage stage, int from, Opportunity opportunity) {
        // the deal's footprints are read once for every stage weighed, the customer's loose ones only if asked for
        Evidence footprints = new Evidence(evidence.doneOn(opportunity.id()),
                () -> evidence.doneUnlinkedOn(opportunity.account()));
        List<StageShortfall> shortfalls = new ArrayList<>();
        for (SalesStage passed : passedOnTheWay(from, stage)) {
            List<UnmetRequirement> unmet = unmet(passed, opportunity, footprints);
            if (!unmet.isEmpty()) {
                shortfalls.add(new StageShortfall(passed.name(), unmet));
            }
        }
        List<UnmetRequirement> own = unmet(stage, opportunity, footprints);
        if (!own.isEmpty()) {
            shortfalls.add(new StageShortfall(stage.name(), own));
        }
        return shortfalls;
    }

    /** The deal's done footprints, and those left on its customer alone, read when first needed. */
    private static final class Evidence {

        private final List<Footprint> done;
        private final Supplier<Map<UUID, Footprint>> reader;
        private Map<UUID, Footprint> loose;

        Evidence(List<Footprint> done, Supplier<Map<UUID, Footprint>> reader) {
            this.done = done;
            this.reader = reader;
        }

        Map<UUID, Footprint> loose() {
            if (loose == null) {
                loose = reader.get();
            }
            return loose;
        }
    }

    /**
     * The active open stages between position {@code from} and a later {@code target} that may not be skipped, in
     * order. Moving back, and losing a deal, passes nothing.
     */
    private List<SalesStage> passedOnTheWay(int from, SalesStage target) {
        if (target.kind() == StageKind.LOST || target.position() <= from) {
            return List.of();
        }
        return stages.all().stream().filter(s -> !s.retired() && s.kind() == StageKind.OPEN)
                .filter(s -> s.position() > from && s.position() < target.position())
                .filter(s -> !s.requirements().skippable())
                .sorted(Comparator.comparingInt(SalesStage::position)).toList();
    }

    /** The stage's own requirements, then the modules' gates. */
    private List<UnmetRequirement> unmet(SalesStage stage, Opportunity opportunity, Evidence footprints) {
        List<UnmetRequirement> unmet = new ArrayList<>(stage.requirements().unmetBy(opportunity, footprints.done,
                () -> footprints.loose().values()));
        if (unmet.stream().anyMatch(u -> u.activity().filter(r -> !r.countsCustomerFootprints()).isPresent())) {
            // where only the deal's footprints count, those left on the customer alone count for nothing: say which
            // would, once linked
            Map<UUID, Footprint> loose = footprints.loose();
            unmet.replaceAll(u -> u.activity().filter(r -> !r.countsCustomerFootprints())
                    .map(required -> u.withUnlinked(loose.entrySet().stream()
                    .filter(f -> required.metBy(f.getValue())).map(Map.Entry::getKey).toList())).orElse(u));
        }
        gates.unmet(opportunity.id(), stage.id()).forEach(text -> unmet.add(UnmetRequirement.gate(text)));
        return unmet;
    }

    private void requireContactOf(AccountId account, OpportunityDetails details) {
        details.primaryContact().ifPresent(contact -> {
            if (contacts.findOnAccount(contact, account).isEmpty()) {
                throw InvalidInputException.of("primaryContactId", "contact.foreign",
                        "is not a contact of this opportunity's account");
            }
        });
    }

    private SalesStage enterable(StageId id) {
        SalesStage stage = stages.find(id)
                .orElseThrow(() -> InvalidInputException.of("stageId", "stage.unknown",
                        "is not a stage of this workspace's process"));
        if (stage.retired()) {
            throw InvalidInputException.of("stageId", "stage.retired",
                    "is retired; opportunities may no longer enter it");
        }
        return stage;
    }

    private SalesStage firstOpenStage() {
        return stages.all().stream().filter(s -> !s.retired() && s.kind() == StageKind.OPEN).findFirst()
                .orElseThrow(() -> InvalidInputException.of("stageId", "stage.none-open",
                        "the sales process has no open stage"));
    }

    private Opportunity load(OpportunityId id) {
        return opportunities.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private Opportunity readable(OpportunityId id) {
        Opportunity opportunity = load(id);
        access.permit(opportunity.ref());
        return opportunity;
    }

    /** A deal in a won stage counts in its customer's lifetime value (kept by the database, V44). */
    private static boolean isWon(Optional<SalesStage> stage) {
        return stage.filter(s -> s.kind() == StageKind.WON).isPresent();
    }

    private Opportunity editable(OpportunityId id) {
        Opportunity opportunity = load(id);
        access.permitToEdit(opportunity.ref());
        return opportunity;
    }

    private void flush() {
        StaleVersionException.onConflict(opportunities::flush, ENTITY);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Optional<DealOutcome> outcome(Opportunity o, Map<UUID, String> reasons) {
        if (o.closeReason().isEmpty() && o.competitor().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DealOutcome(o.closeReason(), o.closeReason().map(reasons::get), o.competitor()));
    }

    private OpportunityView view(Opportunity o) {
        return views(List.of(o)).getFirst();
    }

    private List<OpportunityView> views(List<Opportunity> page) {
        Map<StageId, SalesStage> byId = stages.all().stream().collect(Collectors.toMap(SalesStage::id,
                Function.identity()));
        Set<UserId> owners = page.stream().map(Opportunity::owner).collect(Collectors.toSet());
        Map<UserId, String> names = users.names(owners);
        Map<UUID, String> reasons = page.stream().anyMatch(o -> o.closeReason().isPresent()) ? outcomes.labels()
                : Map.of();
        return page.stream().map(o -> {
            SalesStage s = byId.get(o.stage());
            return new OpportunityView(o.id(), o.account(), o.details(), o.stage(), s.name(), s.kind(), s.probability(),
                    o.owner(), names.getOrDefault(o.owner(), ""), o.createdAt(), o.updatedAt(), o.stageEnteredAt(),
                    o.closedAt(), outcome(o, reasons), o.version());
        }).toList();
    }
}
