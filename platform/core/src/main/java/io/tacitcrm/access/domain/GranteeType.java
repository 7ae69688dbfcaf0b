package io.tacitcrm.access.domain;

import java.util.UUID;

/**
 * Who a share or a sharing rule is for: one user, a team's members, everyone holding one role, or a role and every role
 * below it.
 */
public enum GranteeType {
    USER, TEAM, ROLE, ROLE_AND_SUBORDINATES;

    /** True when a grant to {@code grantee} of this type reaches the subject. */
    public boolean reaches(UUID grantee, Subject subject) {
        return switch (this) {
            case USER -> grantee.equals(subject.user().value());
            case TEAM -> subject.teams().contains(grantee);
            case ROLE -> subject.role().map(p -> p.lineage().getLast().value().equals(grantee)).orElse(false);
            case ROLE_AND_SUBORDINATES -> subject.role().map(p -> p.lineage().stream().anyMatch(r -> r.value()
                    .equals(grantee)))
                    .orElse(false);
        };
    }
}
