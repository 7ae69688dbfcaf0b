package io.tacitcrm.identity.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user an administrator adds. Field names are the REST contract's. */
public record NewUser(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String name,
                      @NotBlank String roleId, @NotBlank @Size(max = 128) String password) {
}
