package io.tacitcrm.identity.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A role an administrator adds under an existing one. Field names are the REST contract's. */
public record NewRole(@NotBlank @Size(max = 100) String name, @NotBlank String parentId, List<String> permissions) {
}
