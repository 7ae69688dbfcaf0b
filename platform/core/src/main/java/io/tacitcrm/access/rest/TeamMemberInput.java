package io.tacitcrm.access.rest;

import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.service.TeamMembership;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.identity.domain.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code {userId, teamRole, access: READ|EDIT}}: a place on a record's team, as a client sends it. */
public record TeamMemberInput(String userId, String teamRole, String access) {

    TeamMembership toMembership() {
        List<FieldError> errors = new ArrayList<>();
        Optional<UserId> user = BodyFields.id(errors, "userId", userId).map(UserId::new);
        Optional<AccessLevel> level = BodyFields.parse(errors, "access", access, AccessLevel.class);
        String role = teamRole == null ? "" : teamRole.strip();
        TextRules.required(errors, "teamRole", role, 40);
        if (user.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("userId"))) {
            errors.add(new FieldError("userId", "required", "is required"));
        }
        if (level.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("access"))) {
            errors.add(new FieldError("access", "required", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TeamMembership(user.get(), role, level.get(), Optional.empty());
    }
}
