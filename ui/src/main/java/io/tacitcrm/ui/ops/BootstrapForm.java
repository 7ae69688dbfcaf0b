package io.tacitcrm.ui.ops;

import jakarta.validation.constraints.NotBlank;

/** The first operator: the bootstrap token the server printed, and who he is. */
public record BootstrapForm(@NotBlank(message = "{tacit.required}") String token,
        @NotBlank(message = "{tacit.required}") String email, @NotBlank(message = "{tacit.required}") String name,
        @NotBlank(message = "{tacit.required}") String password) {

    static BootstrapForm blank() {
        return new BootstrapForm("", "", "", "");
    }
}
