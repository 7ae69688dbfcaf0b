package io.tacitcrm.tenancy.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a company types to sign up. Field names are the REST contract's. */
public record SignupRequest(
        @NotBlank @Size(max = 200) String company,
        @NotBlank @Size(max = 40) String workspace,
        @NotBlank @Size(max = 100) String adminName,
        @NotBlank @Email @Size(max = 254) String adminEmail,
        @NotBlank @Size(max = 128) String password,
        @Size(max = 16) String locale) {
}
