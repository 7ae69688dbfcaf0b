package io.tacitcrm.ui.session;

import io.tacitcrm.identity.service.ResetRequest;
import jakarta.validation.constraints.NotBlank;

/** What the forgot-password form edits, named as the service names the fields. */
public record ResetForm(@NotBlank(message = "{tacit.required}") String workspace,
                        @NotBlank(message = "{tacit.required}") String email) {

    static ResetForm of(String workspace) {
        return new ResetForm(workspace, "");
    }

    ResetRequest request() {
        return new ResetRequest(workspace, email);
    }
}
