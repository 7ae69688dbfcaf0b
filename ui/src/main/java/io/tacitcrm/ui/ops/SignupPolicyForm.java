package io.tacitcrm.ui.ops;

import io.tacitcrm.tenancy.domain.SignupPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the sign-up page edits: reserved names one per line (or separated by commas or spaces), the daily limit per
 * address (empty for none), and whether new workspaces wait for approval.
 */
public record SignupPolicyForm(String reservedNames, @Min(1) @Max(SignupPolicy.PER_DAY_MAX) Integer perDay,
        boolean approvalRequired) {

    static SignupPolicyForm of(SignupPolicy policy) {
        return new SignupPolicyForm(policy.reservedNames().stream().sorted().collect(Collectors.joining("\n")),
                policy.maxPerAddressPerDay().isPresent() ? policy.maxPerAddressPerDay().getAsInt() : null,
                policy.approvalRequired());
    }

    SignupPolicy policy() {
        Set<String> names = Arrays.stream((reservedNames == null ? "" : reservedNames).split("[\\s,]+"))
                .filter(n -> !n.isBlank()).collect(Collectors.toSet());
        return new SignupPolicy(names, perDay == null ? OptionalInt.empty() : OptionalInt.of(perDay),
                approvalRequired);
    }
}
