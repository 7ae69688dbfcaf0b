package io.tacitcrm.identity.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials typed on the login page or sent to {@code POST /sessions}. */
public record LoginAttempt(
        @NotBlank @Size(max = 40) String workspace,
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 128) String password) {
}
