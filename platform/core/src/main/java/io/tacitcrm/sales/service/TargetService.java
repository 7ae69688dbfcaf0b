package io.tacitcrm.sales.service;

import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.sales.domain.OpportunityDetails;
import io.tacitcrm.sales.domain.SalesTarget;
import io.tacitcrm.sales.domain.SalesTargetRepository;
import io.tacitcrm.sales.domain.TargetPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sales targets per user or per role subtree, with attainment from won deals closed in the period. Holders of
 * {@code targets.manage} set targets for people below them and for their own role or roles below; everyone sees the
 * targets of themselves, of their role, and of everyone and every role below.
 */
@ApplicationScoped
@Transactional
public class TargetService {

    static final String ENTITY = "target";

    private final SalesTargetRepository targets;
    private final UserDirectory users;
    private final CurrentPrincipal caller;
    private final Audit audit;
    private final Clock clock;

    @Inject
    public TargetService(SalesTargetRepository targets, UserDirectory users, CurrentPrincipal caller,
            Audit audit, Clock clock) {
        this.targets = targets;
        this.users = users;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected TargetService() {
        this(null, null, null, null, null);
    }

    public List<TargetView> of(TargetPeriod period, ZoneId zone) {
        Principal me = caller.require();
        List<Member> members = users.activeMembers();
        return targets.of(period).stream().filter(t -> visible(me, t, members))
                .map(t -> view(t, members, zone))
                .sorted(Comparator.comparing(TargetView::subject).reversed().thenComparing(TargetView::subjectName))
                .toList();
    }

    public TargetView set(NewTarget request, ZoneId zone) {
        Principal me = caller.require();
        me.require(Permission.TARGETS_MANAGE);
        List<Member> members = users.activeMembers();
        requireSettable(me, request.subject(), request.subjectId(), members);
        requireAmount(request.amount());
        if (targets.find(request.subject(), request.subjectId(), request.period(), request.currency()).isPresent()) {
            throw new ConflictException("subjectId", "target.exists",
                    "a target for this subject, period and currency exists; change it instead");
        }
        SalesTarget target = new SalesTarget(Ids.newId(), request.subject(), request.subjectId(), request.period(),
                request.amount(), request.currency(), me.userId(), clock.instant());
        targets.add(target);
        targets.flush();
        audit.created(ENTITY, target.id(), request.subject() + " " + request.subjectId() + " "
                + request.period().kind() + " "
                + request.period().start() + " " + request.currency() + " " + request.amount().toPlainString());
        return view(target, members, zone);
    }

    public TargetView change(UUID id, BigDecimal amount, ExpectedVersion expected, ZoneId zone) {
        Principal me = caller.require();
        me.require(Permission.TARGETS_MANAGE);
        List<Member> members = users.activeMembers();
        SalesTarget target = targets.find(id).filter(t -> visible(me, t, members))
                .orElseThrow(() -> new NotFoundException(ENTITY));
        requireSettable(me, target.subject(), target.subjectId(), members);
        expected.check(target.version(), ENTITY);
        requireAmount(amount);
        BigDecimal before = target.amount();
        target.change(amount, me.userId(), clock.instant());
        targets.flush();
        audit.updated(ENTITY, id, "amount " + before.toPlainString() + " -> " + amount.toPlainString());
        return view(target, members, zone);
    }

    private static void requireAmount(BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(OpportunityDetails.AMOUNT_MAX) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of("amount", "range", "must be between 0 and "
                    + OpportunityDetails.AMOUNT_MAX.toPlainString() + " with at most two decimals");
        }
    }

    private void requireSettable(Principal me, SalesTarget.Subject subject, UUID subjectId, List<Member> members) {
        RolePath mine = me.rolePath().orElseThrow(() -> InvalidInputException.of("subjectId", "subject.not-below",
                "you have no role"));
        boolean allowed = switch (subject) {
            case USER -> members.stream().filter(m -> m.id().value().equals(subjectId)).findFirst()
                    .flatMap(Member::role).map(mine::isAbove).orElse(false);
            case ROLE -> users.rolePath(new RoleId(subjectId)).map(mine::covers).orElse(false);
        };
        if (!allowed) {
            throw InvalidInputException.of("subjectId", "subject.not-below",
                    "must be someone below your role, or your role or one below it");
        }
    }

    private boolean visible(Principal me, SalesTarget t, List<Member> members) {
        if (t.subject() == SalesTarget.Subject.USER && t.subjectId().equals(me.userId().value())) {
            return true;
        }
        // a person's target is for them and those above them; a role's target for everyone in or above that role
        return me.rolePath().map(mine -> subjectPath(t, members).map(path -> t.subject() == SalesTarget.Subject.USER
                ? mine.isAbove(path) : mine.covers(path)).orElse(false)).orElse(false);
    }

    private Optional<RolePath> subjectPath(SalesTarget t, List<Member> members) {
        return switch (t.subject()) {
            case USER -> members.stream().filter(m -> m.id().value().equals(t.subjectId())).findFirst()
                    .flatMap(Member::role);
            case ROLE -> users.rolePath(new RoleId(t.subjectId()));
        };
    }

    private TargetView view(SalesTarget t, List<Member> members, ZoneId zone) {
        List<UserId> owners = switch (t.subject()) {
            case USER -> List.of(new UserId(t.subjectId()));
            case ROLE -> users.rolePath(new RoleId(t.subjectId())).map(path -> members.stream()
                    .filter(m -> m.role().map(path::covers).orElse(false)).map(Member::id).toList()).orElse(List.of());
        };
        String name = switch (t.subject()) {
            case USER -> members.stream().filter(m -> m.id().value().equals(t.subjectId())).map(Member::name)
                    .findFirst().orElse("?");
            case ROLE -> users.rolePath(new RoleId(t.subjectId())).map(users::describe).orElse("?");
        };
        BigDecimal won = targets.won(owners, t.currency(), t.period().start().atStartOfDay(zone).toInstant(),
                t.period().end().atStartOfDay(zone).toInstant());
        return new TargetView(t.id(), t.subject(), t.subjectId(), name, t.period(), t.amount(), t.currency(), won,
                t.version());
    }
}
