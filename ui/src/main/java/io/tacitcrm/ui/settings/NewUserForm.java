package io.tacitcrm.ui.settings;

import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.NewUser;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** What the form of a new person edits, with a first password to pass on; named as the service names the fields. */
public record NewUserForm(@NotBlank(message = "{tacit.required}") String name,
        @NotBlank(message = "{tacit.required}") String email, RoleId roleId, String password) {

    static NewUserForm blank() {
        return new NewUserForm("", "", null, "");
    }

    NewUser newUser() {
        return new NewUser(email, name, Optional.ofNullable(roleId).map(RoleId::toString).orElse(""), password);
    }
}
