package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessCause;
import io.tacitcrm.access.domain.AccessGrant;
import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.AccessRules;
import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.RecordFacts;
import io.tacitcrm.access.domain.RecordShare;
import io.tacitcrm.access.domain.RecordShareRepository;
import io.tacitcrm.access.domain.RuleInForce;
import io.tacitcrm.access.domain.SharingDefaults;
import io.tacitcrm.access.domain.Subject;
import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.ConflictException;
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
import io.tacitcrm.identity.service.RevisionCache;
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

/**
 * Record access for the caller: what they may do with one record, who else may and why, and sharing. Every record
 * feature (accounts now; opportunities, contacts and activities through their parents later) asks here.
 */
@ApplicationScoped
@Transactional
public class RecordAccess {

    @Inject
    CurrentPrincipal caller;
    @Inject
    UserDirectory directory;
    @Inject
    RecordShareRepository shares;
    @Inject
    SharingDefaults defaults;
    @Inject
    AccessFacts facts;
    @Inject
    Grantees grantees;
    @Inject
    RevisionCache cache;
    @Inject
    Clock clock;

    /** The caller as list queries of {@code objectType} must see them. */
    public Viewer viewer(String objectType) {
        Principal principal = caller.require();
        // the company reader (a module's scheduled job) sees what the company has, peers of the top role included
        boolean everyoneBelow = principal.readsAsCompany() || principal.leadsOtherRoles() && principal.rolePath()
                .map(path -> cache.<Boolean>get(principal, "below:" + principal.userId() + path.value(),
                        () -> directory.everyoneElseBelow(principal.userId(), path))).orElse(false);
        Subject subject = facts.subject(principal);
        List<RuleInForce> reaching = facts.rulesInForce(objectType).stream().filter(r -> r.rule().reaches(subject))
                .toList();
        return new Viewer(subject, facts.defaultOf(objectType), principal.leadsOtherRoles(), everyoneBelow, reaching,
                clock.instant());
    }

    /** The caller's access to a record owned by {@code owner}; empty when they may not even see it. */
    public Optional<AccessLevel> accessTo(String objectType, UUID recordId, UserId owner) {
        if (caller.require().readsAsCompany()) {
            return Optional.of(AccessLevel.READ);
        }
        return AccessRules.strongest(AccessRules.grants(facts.subject(caller.require()), facts.facts(objectType,
                recordId, owner)));
    }

    /** Throws unless the caller may read the record — as "not found", exactly like a record that does not exist. */
    public AccessLevel requireRead(String objectType, UUID recordId, UserId owner) {
        return accessTo(objectType, recordId, owner).orElseThrow(() -> new NotFoundException(objectType));
    }

    /** Throws unless the caller may edit the record: not found when they cannot see it, forbidden when read-only. */
    public void requireEdit(String objectType, UUID recordId, UserId owner) {
        if (!requireRead(objectType, recordId, owner).allowsEdit()) {
            throw AccessDeniedException.readOnly(objectType);
        }
    }

    /** Every active user who may access the record, strongest access first, each with all their reasons. */
    public List<UserAccess> whoCanAccess(String objectType, UUID recordId, UserId owner) {
        requireRead(objectType, recordId, owner);
        RecordFacts record = facts.facts(objectType, recordId, owner);
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

    /** Manual shares of the record (its team is listed by {@link #teamOf}). */
    public List<RecordShare> sharesOf(String objectType, UUID recordId, UserId owner) {
        requireRead(objectType, recordId, owner);
        return shares.forRecord(objectType, recordId).stream().filter(s -> s.cause() == AccessCause.MANUAL).toList();
    }

    /**
     * The record's team: people selling it together, each with their role on the team and access (some until a date).
     */
    public List<RecordShare> teamOf(String objectType, UUID recordId, UserId owner) {
        requireRead(objectType, recordId, owner);
        var now = clock.instant();
        return shares.forRecord(objectType, recordId).stream().filter(s -> s.cause() == AccessCause.TEAM
                && s.activeAt(now)).toList();
    }

    /** Puts a user on the record's team (replacing their earlier place on it); needs the same right as sharing. */
    public RecordShare addToTeam(String objectType, UUID recordId, UserId owner, TeamMembership membership) {
        requireSharingRight(objectType, recordId, owner);
        requireGranteeExists(GranteeType.USER, membership.user().value());
        Optional<RecordShare> existing = shares.forRecord(objectType, recordId).stream()
                .filter(s -> s.cause() == AccessCause.TEAM && s.granteeId().equals(membership.user().value()))
                .findFirst();
        if (existing.isPresent()) {
            // adding someone who is already on the team updates their place on it: the same request twice is harmless
            existing.get().changeMembership(membership.teamRole(), membership.access(), membership.until());
            return existing.get();
        }
        RecordShare member = RecordShare.teamMember(Ids.newId(), objectType, recordId, membership.user(),
                membership.teamRole(),
                membership.access(), membership.until(), caller.require().userId(), clock.instant());
        shares.add(member);
        return member;
    }

    public void removeFromTeam(String objectType, UUID recordId, UserId owner, UUID memberId) {
        requireSharingRight(objectType, recordId, owner);
        RecordShare member = shares.find(memberId).filter(s -> s.recordId().equals(recordId)
                && s.cause() == AccessCause.TEAM)
                .orElseThrow(() -> new NotFoundException("team member"));
        shares.remove(member);
    }

    /** Shares the record: the caller needs edit access to it, or read access and the sharing.manage permission. */
    public RecordShare share(String objectType, UUID recordId, UserId owner, ShareRequest request) {
        requireSharingRight(objectType, recordId, owner);
        requireGranteeExists(request.granteeType(), request.granteeId());
        boolean duplicate = shares.forRecord(objectType, recordId).stream().anyMatch(s
                -> s.cause() == AccessCause.MANUAL
                && s.granteeType() == request.granteeType() && s.granteeId().equals(request.granteeId()));
        if (duplicate) {
            throw new ConflictException("granteeId", "share.exists",
                    "The record is already shared with this grantee; remove that share first.");
        }
        RecordShare share = new RecordShare(Ids.newId(), objectType, recordId, request.granteeType(),
                request.granteeId(), request.access(), AccessCause.MANUAL, caller.require().userId(), clock.instant());
        shares.add(share);
        return share;
    }

    public void unshare(String objectType, UUID recordId, UserId owner, UUID shareId) {
        requireSharingRight(objectType, recordId, owner);
        RecordShare share = shares.find(shareId).filter(s -> s.recordId().equals(recordId)
                && s.cause() == AccessCause.MANUAL)
                .orElseThrow(() -> new NotFoundException("share"));
        shares.remove(share);
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

    private void requireSharingRight(String objectType, UUID recordId, UserId owner) {
        AccessLevel level = requireRead(objectType, recordId, owner);
        if (!level.allowsEdit() && !caller.require().has(Permission.SHARING_MANAGE)) {
            throw AccessDeniedException.readOnly(objectType);
        }
    }

    private void requireGranteeExists(GranteeType type, UUID id) {
        if (!grantees.exist(type, id)) {
            throw InvalidInputException.of("granteeId", "grantee.unknown",
                    "is not an active user, a team or a role of this workspace");
        }
    }

}
