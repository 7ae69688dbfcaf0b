package io.tacitcrm.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private final UUID gm = UUID.randomUUID();
    private final UUID director = UUID.randomUUID();
    private final UUID rep = UUID.randomUUID();
    private final RolePath gmPath = new RolePath("/" + gm + "/");
    private final RolePath directorPath = new RolePath(gmPath.value() + director + "/");
    private final RolePath repPath = new RolePath(directorPath.value() + rep + "/");
    private final UserId owner = new UserId(UUID.randomUUID());
    private final UserId other = new UserId(UUID.randomUUID());

    private RecordFacts record(OrgWideDefault orgDefault, RecordShare... shares) {
        return new RecordFacts(owner, Optional.of(repPath), List.of(shares), orgDefault);
    }

    private Optional<AccessLevel> access(UserId user, Optional<RolePath> role, RecordFacts record) {
        return AccessRules.strongest(AccessRules.grants(new Subject(user, role), record));
    }

    @Test
    void the_owner_and_every_superior_may_edit_a_peer_may_not_see() {
        RecordFacts r = record(OrgWideDefault.PRIVATE);
        assertEquals(Optional.of(AccessLevel.EDIT), access(owner, Optional.of(repPath), r));
        assertEquals(Optional.of(AccessLevel.EDIT), access(other, Optional.of(gmPath), r));
        assertEquals(Optional.of(AccessLevel.EDIT), access(other, Optional.of(directorPath), r));
        assertEquals(Optional.empty(), access(other, Optional.of(repPath), r));
        assertEquals(Optional.empty(), access(other, Optional.empty(), r));
    }

    @Test
    void org_wide_defaults_open_records_to_everyone() {
        assertEquals(Optional.of(AccessLevel.READ), access(other, Optional.of(repPath),
                record(OrgWideDefault.PUBLIC_READ)));
        assertEquals(Optional.of(AccessLevel.EDIT), access(other, Optional.empty(),
                record(OrgWideDefault.PUBLIC_READ_WRITE)));
    }

    @Test
    void shares_reach_a_user_a_role_or_a_role_and_everyone_below_it_and_keep_their_cause() {
        RecordShare toDirectorAndBelow = share(GranteeType.ROLE_AND_SUBORDINATES, director, AccessLevel.READ);
        RecordShare toDirectorOnly = share(GranteeType.ROLE, director, AccessLevel.EDIT);
        RecordShare toUser = share(GranteeType.USER, other.value(), AccessLevel.READ);

        assertEquals(Optional.of(AccessLevel.READ), access(other, Optional.of(repPath), record(OrgWideDefault.PRIVATE,
                toDirectorAndBelow)));
        assertEquals(Optional.empty(), access(new UserId(UUID.randomUUID()), Optional.of(repPath),
                record(OrgWideDefault.PRIVATE, toDirectorOnly)));
        assertEquals(Optional.of(AccessLevel.EDIT), access(other, Optional.of(directorPath),
                record(OrgWideDefault.PRIVATE, toDirectorOnly)));
        List<AccessGrant> grants = AccessRules.grants(new Subject(other, Optional.empty()),
                record(OrgWideDefault.PRIVATE, toUser));
        assertEquals(List.of(AccessCause.MANUAL), grants.stream().map(AccessGrant::cause).toList());
    }

    @Test
    void shares_are_needed_only_where_they_could_raise_the_access_and_the_answer_is_the_same_without_them() {
        List<Subject> subjects = List.of(new Subject(owner, Optional.of(repPath)), new Subject(other,
                Optional.of(gmPath)), new Subject(other, Optional.of(repPath)), new Subject(other, Optional.empty()));
        List<List<RecordShare>> shareSets = List.of(List.of(), List.of(share(GranteeType.USER, other.value(),
                AccessLevel.READ)), List.of(share(GranteeType.USER, other.value(), AccessLevel.EDIT)),
                List.of(share(GranteeType.ROLE, rep, AccessLevel.EDIT), share(GranteeType.USER, other.value(),
                        AccessLevel.READ)));
        int decidedWithout = 0;
        for (Subject subject : subjects) {
            for (OrgWideDefault orgDefault : OrgWideDefault.values()) {
                RecordFacts without = record(orgDefault);
                for (List<RecordShare> shares : shareSets) {
                    Optional<AccessLevel> full = AccessRules.strongest(AccessRules.grants(subject,
                            without.withShares(shares)));
                    if (!AccessRules.sharesCouldRaise(subject, without)) {
                        decidedWithout++;
                        assertEquals(full, AccessRules.strongest(AccessRules.grants(subject, without)), subject
                                + " " + orgDefault + " " + shares);
                    }
                }
            }
        }
        // the owner and the superior always, the others under the read-write default
        assertEquals(2 * 3 * 4 + 2 * 4, decidedWithout);
        assertTrue(AccessRules.sharesCouldRaise(new Subject(other, Optional.of(repPath)),
                record(OrgWideDefault.PUBLIC_READ)));
    }

    private RecordShare share(GranteeType type, UUID grantee, AccessLevel level) {
        return new RecordShare(UUID.randomUUID(), "account", UUID.randomUUID(), type, grantee, level,
                AccessCause.MANUAL, owner, Instant.now());
    }
}
