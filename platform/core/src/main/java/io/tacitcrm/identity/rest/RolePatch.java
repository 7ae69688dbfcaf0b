package io.tacitcrm.identity.rest;

import java.util.List;

/** What a merge patch of a role may change: its name, its parent (moving its subtree), its own permission codes. */
public record RolePatch(String name, String parentId, List<String> permissions) {
}
