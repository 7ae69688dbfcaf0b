package io.tacitcrm.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private RecordShare share(GranteeType type, UUID grantee, AccessLevel level) {
        return new RecordShare(UUID.randomUUID(), "account", UUID.randomUUID(), type, grantee, level,
                AccessCause.MANUAL, owner, Instant.now());
    }
}
