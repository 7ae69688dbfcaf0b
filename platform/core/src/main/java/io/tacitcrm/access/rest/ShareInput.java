package io.tacitcrm.access.rest;

import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.service.ShareRequest;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** {@code {granteeType: USER|TEAM|ROLE|ROLE_AND_SUBORDINATES, granteeId, access: READ|EDIT}} as a client sends it. */
public record ShareInput(String granteeType, String granteeId, String access) {

    ShareRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        GranteeType type = parse(errors, "granteeType", granteeType, GranteeType.class);
        AccessLevel level = parse(errors, "access", access, AccessLevel.class);
        UUID grantee = null;
        try {
            grantee = UUID.fromString(String.valueOf(granteeId));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("granteeId", "id.invalid", "must be the id of a user, team or role"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ShareRequest(type, grantee, level);
    }

    private static <E extends Enum<E>> E parse(List<FieldError> errors, String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "enum", "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
