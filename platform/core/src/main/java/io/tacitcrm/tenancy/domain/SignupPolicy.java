package io.tacitcrm.tenancy.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the hosting service guards sign-up: names nobody may take (beside {@link WorkspaceSlug}'s built-in ones), how
 * many workspaces one address may sign up in a day, and whether a new workspace waits for an operator's approval.
 */
public record SignupPolicy(Set<String> reservedNames, OptionalInt maxPerAddressPerDay, boolean approvalRequired) {

    public static final int NAMES_MAX = 1000;
    public static final int PER_DAY_MAX = 10_000;

    public SignupPolicy {
        Set<String> names = new TreeSet<>();
        for (String name : reservedNames) {
            String folded = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (folded.length() > 40) {
                throw InvalidInputException.of("reservedNames", "signup.reserved-name",
                        "a workspace name has at most 40 characters: " + name);
            }
            if (!folded.isEmpty()) {
                names.add(folded);
            }
        }
        if (names.size() > NAMES_MAX) {
            throw InvalidInputException.of("reservedNames", "signup.reserved-names", "at most " + NAMES_MAX
                    + " names");
        }
        if (maxPerAddressPerDay.isPresent() && (maxPerAddressPerDay.getAsInt() < 1
                || maxPerAddressPerDay.getAsInt() > PER_DAY_MAX)) {
            throw InvalidInputException.of("maxPerAddressPerDay", "signup.per-day", "from 1 to " + PER_DAY_MAX
                    + ", or none for no limit");
        }
        reservedNames = Set.copyOf(names);
    }

    /** Nothing guarded beyond the built-in names: how a new installation starts. */
    public static SignupPolicy open() {
        return new SignupPolicy(Set.of(), OptionalInt.empty(), false);
    }

    public boolean reserves(WorkspaceSlug slug) {
        return reservedNames.contains(slug.value());
    }
}
