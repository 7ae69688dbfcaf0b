package io.tacitcrm.api;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user a call is made for.
 *
 * @param id          the user's id
 * @param name        the display name
 * @param locale      the user's language, for the texts you show
 * @param permissions the permission codes the user holds, e.g. {@code "knowledge.publish"} (a superior holds every
 *                    permission of the roles below it)
 */
@Stable(since = "0.1")
public record CurrentUser(UUID id, String name, Locale locale, Set<String> permissions) {

    public CurrentUser {
        permissions = Set.copyOf(permissions);
    }

    public boolean has(String permission) {
        return permissions.contains(permission);
    }
}
