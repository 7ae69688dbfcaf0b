package io.tacitcrm.ops.rest;

import io.tacitcrm.ops.service.SignupPolicyAdministration;
import io.tacitcrm.tenancy.domain.SignupPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How sign-up is guarded: reserved names, a daily limit per address, approval of new workspaces. */
@Tag(name = "Sign-up policy", description = "How new companies may sign up.")
@Path("v1/signup-policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsSignupPolicyResource {

    /**
     * @param reservedNames       workspace names nobody may sign up with (beside the built-in ones)
     * @param maxPerAddressPerDay sign-ups one client address may make in 24 hours; null for no limit
     * @param approvalRequired    new workspaces wait (PENDING) until an operator approves them
     */
    public record SignupPolicyJson(List<String> reservedNames, Integer maxPerAddressPerDay,
            Boolean approvalRequired) {

        static SignupPolicyJson of(SignupPolicy p) {
            return new SignupPolicyJson(p.reservedNames().stream().sorted().toList(),
                    p.maxPerAddressPerDay().isPresent() ? p.maxPerAddressPerDay().getAsInt() : null,
                    p.approvalRequired());
        }

        SignupPolicy policy() {
            return new SignupPolicy(reservedNames == null ? Set.of() : Set.copyOf(reservedNames),
                    maxPerAddressPerDay == null ? OptionalInt.empty() : OptionalInt.of(maxPerAddressPerDay),
                    Boolean.TRUE.equals(approvalRequired));
        }
    }

    @Inject
    SignupPolicyAdministration policies;

    @Operation(operationId = "opsGetSignupPolicy", summary = "The sign-up policy")
    @GET
    public SignupPolicyJson get() {
        return SignupPolicyJson.of(policies.current());
    }

    @Operation(operationId = "opsSetSignupPolicy", summary = "Change the sign-up policy")
    @PUT
    public SignupPolicyJson put(@NotNull SignupPolicyJson body) {
        return SignupPolicyJson.of(policies.change(body.policy()));
    }
}
