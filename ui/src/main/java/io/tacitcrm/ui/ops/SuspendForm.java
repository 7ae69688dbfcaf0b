package io.tacitcrm.ui.ops;

import jakarta.validation.constraints.NotBlank;

/** What the suspend dialog edits: why (the workspace's administrators read it when they try to sign in). */
public record SuspendForm(@NotBlank(message = "{tacit.required}") String reason) {

    static SuspendForm blank() {
        return new SuspendForm("");
    }
}
