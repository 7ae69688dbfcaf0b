package io.tacitcrm.identity.service;

import java.util.List;
import java.util.Optional;

/** Rename a role and/or move it (with its whole subtree) under another parent; absent fields stay as they are. */
public record RoleChange(Optional<String> name, Optional<String> parentId, Optional<List<String>> permissions) {

    public RoleChange(Optional<String> name, Optional<String> parentId) {
        this(name, parentId, Optional.empty());
    }
}
