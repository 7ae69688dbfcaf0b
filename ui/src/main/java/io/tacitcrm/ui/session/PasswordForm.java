package io.tacitcrm.ui.session;

import io.tacitcrm.identity.service.PasswordChange;
import jakarta.validation.constraints.NotBlank;

/** What the password form edits, named as the service names the fields; the service checks the policy. */
public record PasswordForm(@NotBlank(message = "{tacit.required}") String currentPassword,
                           @NotBlank(message = "{tacit.required}") String newPassword,
                           @NotBlank(message = "{tacit.required}") String repeated) {

    static PasswordForm blank() {
        return new PasswordForm("", "", "");
    }

    PasswordChange change() {
        return new PasswordChange(currentPassword, newPassword);
    }
}
