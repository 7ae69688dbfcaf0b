package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessCause;
import io.tacitcrm.access.domain.AccessGrant;
import io.tacitcrm.access.domain.AccessRules;
import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.RecordFacts;
import io.tacitcrm.access.domain.RecordRef;
import io.tacitcrm.access.domain.RecordShare;
import io.tacitcrm.access.domain.RecordShareRepository;
import io.tacitcrm.access.domain.Subject;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.TeamSummary;
import io.tacitcrm.identity.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A record's access as its people see and change it: who can see it and why, its team, its manual shares. Every method
 * takes the {@link Permit} the caller got for the record, so none runs unchecked.
 */
@ApplicationScoped
@Transactional
public class RecordSharing {

    private final CurrentPrincipal caller;
    private final UserDirectory directory;
    private final RecordShareRepository shares;
    private final AccessFacts facts;
    private final Grantees grantees;
    private final Audit audit;
    private final Clock clock;

    @Inject
    public RecordSharing(CurrentPrincipal caller, UserDirectory directory, RecordShareRepository shares,
            AccessFacts facts, Grantees grantees, Audit audit, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.shares = shares;
        this.facts = facts;
        this.grantees = grantees;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected RecordSharing() {
        this(null, null, null, null, null, null, null);
    }

    /** Every active user who may access the record, strongest access first, each with all their reasons. */
    public List<UserAccess> whoCanAccess(Permit permit) {
        RecordRef ref = permit.record();
        RecordFacts record = facts.facts(ref);
        List<Member> members = directory.activeMembers();
        Map<UUID, TeamSummary> teams = directory.teams();
        Map<String, String> names = granteeNames(members, teams, record);
        return members.stream()
                .map(m -> {
                    Set<UUID> memberOf = teams.values().stream().filter(t -> t.members().contains(m.id()))
                            .map(t -> t.id().value()).collect(Collectors.toSet());
                    List<AccessGrant> grants = AccessRules.grants(new Subject(m.id(), m.role(), memberOf), record)
                            .stream()
                            .map(g -> new AccessGrant(g.level(), g.cause(), names.getOrDefault(g.detail(), g.detail())))
                            .toList();
                    return AccessRules.strongest(grants).map(level -> new UserAccess(m.id(), m.name(), level, grants));
                })
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(UserAccess::level).reversed().thenComparing(UserAccess::name))
                .toList();
    }

    /** Manual shares of the record (its team is listed by {@link #team}). */
    public List<RecordShare> shares(Permit permit) {
        return ofCause(permit.record(), AccessCause.MANUAL).toList();
    }

    /**
     * The record's team: people selling it together, each with their role on the team and access (some until a date).
     */
    public List<RecordShare> team(Permit permit) {
        var now = clock.instant();
        return ofCause(permit.record(), AccessCause.TEAM).filter(s -> s.activeAt(now)).toList();
    }

    /** Puts a user on the record's team (replacing their earlier place on it); needs the same right as sharing. */
    public RecordShare addToTeam(Permit permit, TeamMembership membership) {
        RecordRef record = permit.requireSharing().record();
        requireGranteeExists(GranteeType.USER, membership.user().value());
        Optional<RecordShare> existing = ofCause(record, AccessCause.TEAM)
                .filter(s -> s.granteeId().equals(membership.user().value())).findFirst();
        RecordShare member;
        if (existing.isPresent()) {
            // adding someone who is already on the team updates their place on it: the same request twice is harmless
            member = existing.get();
            member.changeMembership(membership.teamRole(), membership.access(), membership.until());
        } else {
            member = RecordShare.teamMember(Ids.newId(), record.objectType(), record.id(), membership.user(),
                    membership.teamRole(), membership.access(), membership.until(), caller.require().userId(),
                    clock.instant());
            shares.add(member);
        }
        audit.updated(record.objectType(), record.id(), "team: +" + membership.user() + " " + membership.access());
        return member;
    }

    public void removeFromTeam(Permit permit, UUID memberId) {
        RecordRef record = permit.requireSharing().record();
        shares.remove(one(record, memberId, AccessCause.TEAM, "team member"));
        audit.updated(record.objectType(), record.id(), "team: -" + memberId);
    }

    /** Shares the record: the caller needs edit access to it, or read access and the sharing.manage permission. */
    public RecordShare share(Permit permit, ShareRequest request) {
        RecordRef record = permit.requireSharing().record();
        requireGranteeExists(request.granteeType(), request.granteeId());
        boolean duplicate = ofCause(record, AccessCause.MANUAL).anyMatch(s -> s.granteeType() == request.granteeType()
                && s.granteeId().equals(request.granteeId()));
        if (duplicate) {
            throw new ConflictException("granteeId", "share.exists",
                    "The record is already shared with this grantee; remove that share first.");
        }
        RecordShare share = new RecordShare(Ids.newId(), record.objectType(), record.id(), request.granteeType(),
                request.granteeId(), request.access(), AccessCause.MANUAL, caller.require().userId(), clock.instant());
        shares.add(share);
        return share;
    }

    public void unshare(Permit permit, UUID shareId) {
        shares.remove(one(permit.requireSharing().record(), shareId, AccessCause.MANUAL, "share"));
    }

    private Stream<RecordShare> ofCause(RecordRef record, AccessCause cause) {
        return shares.forRecord(record.objectType(), record.id()).stream().filter(s -> s.cause() == cause);
    }

    private RecordShare one(RecordRef record, UUID id, AccessCause cause, String what) {
        return shares.find(id).filter(s -> s.recordId().equals(record.id()) && s.cause() == cause)
                .orElseThrow(() -> new NotFoundException(what));
    }

    /** People-readable names for the details of grants: role paths and share grantees. */
    private Map<String, String> granteeNames(List<Member> members, Map<UUID, TeamSummary> teams, RecordFacts record) {
        Map<String, String> names = new HashMap<>();
        record.ownerRole().ifPresent(path -> names.put(path.value(), directory.describe(path)));
        for (RecordShare share : record.shares()) {
            String name = switch (share.granteeType()) {
                case USER -> members.stream().filter(m -> m.id().value().equals(share.granteeId())).map(Member::name)
                        .findFirst().orElse("?");
                case TEAM -> Optional.ofNullable(teams.get(share.granteeId())).map(TeamSummary::name).orElse("?");
                case ROLE, ROLE_AND_SUBORDINATES -> directory.rolePath(new RoleId(share.granteeId()))
                        .map(directory::describe).orElse("?");
            };
            String detail = share.granteeType() == GranteeType.USER ? name : share.granteeType() + ": " + name;
            names.put(share.granteeType() + ":" + share.granteeId(),
                    share.teamRole().map(role -> detail + " (" + role + ")").orElse(detail));
        }
        record.rules().forEach(r -> names.put("RULE:" + r.rule().id(), r.rule().name()));
        return names;
    }

    private void requireGranteeExists(GranteeType type, UUID id) {
        if (!grantees.exist(type, id)) {
            throw InvalidInputException.of("granteeId", "grantee.unknown",
                    "is not an active user, a team or a role of this workspace");
        }
    }
}
