package io.tacitcrm.tenancy.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The workspace name a company signs up with and logs in to: 3–40 lower-case letters, digits and inner hyphens.
 */
public record WorkspaceSlug(String value) {

    public static final String FIELD = "workspace";
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]");
    private static final Set<String> RESERVED = Set.of(
            "api", "admin", "app", "ops", "www", "login", "logout", "signup", "static", "health", "openapi", "tacit",
            "support", "help", "status", "root", "system");

    public WorkspaceSlug {
        if (value == null || !SHAPE.matcher(value).matches() || value.contains("--")) {
            throw InvalidInputException.of(FIELD, "workspace.invalid",
                    "must be 3 to 40 lower-case letters, digits or single hyphens, starting and ending with a letter "
                            + "or digit");
        }
        if (RESERVED.contains(value)) {
            throw InvalidInputException.of(FIELD, "workspace.reserved", "is reserved; choose another name");
        }
    }

    /** Reads what a person typed: surrounding blanks are ignored and letters folded to lower case. */
    public static WorkspaceSlug parse(String typed) {
        return new WorkspaceSlug(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }
}
