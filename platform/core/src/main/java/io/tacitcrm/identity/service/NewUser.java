package io.tacitcrm.identity.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user an administrator adds. Without a password the person is invited by mail and chooses their own; with one, the
 * administrator passes it on (and vouches for the address). Field names are the REST contract's.
 */
public record NewUser(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String name,
                      @NotBlank String roleId, @Size(max = 128) String password) {

    /** An invitation: the person chooses their password from the mail. */
    public static NewUser invitation(String email, String name, String roleId) {
        return new NewUser(email, name, roleId, null);
    }

    public boolean invites() {
        return password == null || password.isEmpty();
    }
}
