package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessCause;
import io.tacitcrm.access.domain.AccessGrant;
import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.AccessRules;
import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.RecordFacts;
import io.tacitcrm.access.domain.RecordShare;
import io.tacitcrm.access.domain.RecordShareRepository;
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
import io.tacitcrm.identity.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
    Clock clock;

    /** The caller as list queries of {@code objectType} must see them. */
    public Viewer viewer(String objectType) {
        Principal principal = caller.require();
        boolean everyoneBelow = principal.leadsOtherRoles() && principal.rolePath()
                .map(path -> directory.everyoneElseBelow(principal.userId(), path)).orElse(false);
        return new Viewer(subject(principal), defaults.of(objectType), principal.leadsOtherRoles(), everyoneBelow);
    }

    /** The caller's access to a record owned by {@code owner}; empty when they may not even see it. */
    public Optional<AccessLevel> accessTo(String objectType, UUID recordId, UserId owner) {
        return AccessRules.strongest(AccessRules.grants(subject(caller.require()), facts(objectType, recordId, owner)));
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
        RecordFacts facts = facts(objectType, recordId, owner);
        List<Member> members = directory.activeMembers();
        java.util.Map<String, String> names = granteeNames(members, facts);
        return members.stream()
                .map(m -> {
                    List<AccessGrant> grants = AccessRules.grants(new Subject(m.id(), m.role()), facts).stream()
                            .map(g -> new AccessGrant(g.level(), g.cause(), names.getOrDefault(g.detail(), g.detail())))
                            .toList();
                    return AccessRules.strongest(grants).map(level -> new UserAccess(m.id(), m.name(), level, grants));
                })
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(UserAccess::level).reversed().thenComparing(UserAccess::name))
                .toList();
    }

    public List<RecordShare> sharesOf(String objectType, UUID recordId, UserId owner) {
        requireRead(objectType, recordId, owner);
        return shares.forRecord(objectType, recordId);
    }

    /** Shares the record: the caller needs edit access to it, or read access and the sharing.manage permission. */
    public RecordShare share(String objectType, UUID recordId, UserId owner, ShareRequest request) {
        requireSharingRight(objectType, recordId, owner);
        requireGranteeExists(request.granteeType(), request.granteeId());
        boolean duplicate = shares.forRecord(objectType, recordId).stream().anyMatch(s -> s.cause() == AccessCause.MANUAL
                && s.granteeType() == request.granteeType() && s.granteeId().equals(request.granteeId()));
        if (duplicate) {
            throw new ConflictException("granteeId", "share.exists", "The record is already shared with this grantee; remove that share first.");
        }
        RecordShare share = new RecordShare(Ids.newId(), objectType, recordId, request.granteeType(), request.granteeId(),
                request.access(), AccessCause.MANUAL, caller.require().userId(), clock.instant());
        shares.add(share);
        return share;
    }

    public void unshare(String objectType, UUID recordId, UserId owner, UUID shareId) {
        requireSharingRight(objectType, recordId, owner);
        RecordShare share = shares.find(shareId).filter(s -> s.recordId().equals(recordId) && s.cause() == AccessCause.MANUAL)
                .orElseThrow(() -> new NotFoundException("share"));
        shares.remove(share);
    }

    /** People-readable names for the details of grants: role paths and share grantees. */
    private java.util.Map<String, String> granteeNames(List<Member> members, RecordFacts facts) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        facts.ownerRole().ifPresent(path -> names.put(path.value(), directory.describe(path)));
        for (RecordShare share : facts.shares()) {
            String key = share.granteeType() + ":" + share.granteeId();
            String name = switch (share.granteeType()) {
                case USER -> members.stream().filter(m -> m.id().value().equals(share.granteeId())).map(Member::name).findFirst().orElse("?");
                case ROLE, ROLE_AND_SUBORDINATES -> directory.rolePath(new RoleId(share.granteeId())).map(directory::describe).orElse("?");
            };
            names.put(key, share.granteeType() == GranteeType.USER ? name : share.granteeType() + ": " + name);
        }
        return names;
    }

    private void requireSharingRight(String objectType, UUID recordId, UserId owner) {
        AccessLevel level = requireRead(objectType, recordId, owner);
        if (!level.allowsEdit() && !caller.require().has(Permission.SHARING_MANAGE)) {
            throw AccessDeniedException.readOnly(objectType);
        }
    }

    private void requireGranteeExists(GranteeType type, UUID id) {
        boolean exists = switch (type) {
            case USER -> directory.findActive(new UserId(id)).isPresent();
            case ROLE, ROLE_AND_SUBORDINATES -> directory.rolePath(new RoleId(id)).isPresent();
        };
        if (!exists) {
            throw InvalidInputException.of("granteeId", "grantee.unknown", "is not an active user or a role of this workspace");
        }
    }

    private Subject subject(Principal principal) {
        return new Subject(principal.userId(), principal.rolePath());
    }

    private RecordFacts facts(String objectType, UUID recordId, UserId owner) {
        return new RecordFacts(owner, directory.member(owner).flatMap(Member::role), shares.forRecord(objectType, recordId),
                defaults.of(objectType));
    }
}
