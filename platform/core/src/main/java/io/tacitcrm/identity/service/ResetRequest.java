package io.tacitcrm.identity.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "I forgot my password": the workspace and the address, as on the login screen. */
public record ResetRequest(@NotNull @Size(max = 40) String workspace, @NotNull @Size(max = 254) String email) {
}
