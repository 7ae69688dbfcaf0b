package io.tacitcrm.ui.settings;

import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.UserChange;
import io.tacitcrm.identity.service.UserListing;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** What the form of an existing person edits (their e-mail and password are theirs), named as the service does. */
public record UserForm(@NotBlank(message = "{tacit.required}") String name, RoleId roleId, boolean active) {

    static UserForm of(UserListing user) {
        return new UserForm(user.name(), user.role().orElse(null), user.active());
    }

    UserChange change() {
        return new UserChange(Optional.of(name), Optional.ofNullable(roleId).map(RoleId::toString),
                Optional.of(active));
    }
}
