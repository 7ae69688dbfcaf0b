package io.tacitcrm.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A permission your module checks with {@link CurrentUser#has(String)}. It appears in the role editor under your
 * module's name; a company's administrators grant it to roles like any of the core's.
 *
 * @param code         {@code <your plugin id>.<action>}, lower-case letters, digits and '-', e.g.
 *                     {@code knowledge.publish}; never change it once released (roles store it)
 * @param label        what it allows, in the language the host asked for, e.g. "publish articles"
 * @param defaultRoles the roles (by name, in any language the company may have named them in) that get the permission
 *                     the first time a company switches your module on; when none of them exists, the company's top
 *                     role gets it. Superiors hold every permission of the roles below them anyway.
 */
@Beta
public record ModulePermission(String code, String label, List<String> defaultRoles) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public ModulePermission {
        if (code == null || !CODE.matcher(code).matches() || code.length() > 100) {
            throw new IllegalArgumentException("a permission code is <plugin id>.<action> in lower case: " + code);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a permission needs a label: " + code);
        }
        defaultRoles = List.copyOf(defaultRoles);
    }

    /** Whether a code is one a permission may have. */
    public static boolean isWellFormed(String code) {
        return code != null && code.length() <= 100 && CODE.matcher(code).matches();
    }
}
