package io.tacitcrm.ui.settings;

import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.NewUser;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * What the form inviting a person edits, named as the service names the fields. The person chooses their own password
 * from the invitation mail: nobody else ever knows it.
 */
public record NewUserForm(@NotBlank(message = "{tacit.required}") String name,
        @NotBlank(message = "{tacit.required}") String email, RoleId roleId) {

    static NewUserForm blank() {
        return new NewUserForm("", "", null);
    }

    NewUser invitation() {
        return NewUser.invitation(email, name, Optional.ofNullable(roleId).map(RoleId::toString).orElse(""));
    }
}
