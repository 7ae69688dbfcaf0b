package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Whether a share's or a rule's grantee (or a rule's source) is an active user, a team or a role of this workspace. */
@ApplicationScoped
class Grantees {

    @Inject
    UserDirectory directory;

    boolean exist(GranteeType type, UUID id) {
        return switch (type) {
            case USER -> directory.findActive(new UserId(id)).isPresent();
            case TEAM -> directory.teams().containsKey(id);
            case ROLE, ROLE_AND_SUBORDINATES -> directory.rolePath(new RoleId(id)).isPresent();
        };
    }
}
