package io.tacitcrm.ops.rest;

import io.tacitcrm.ops.service.PlanAdministration;
import io.tacitcrm.tenancy.domain.Plan;
import io.tacitcrm.tenancy.domain.PlanLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plans workspaces are on: limits on users, customers, storage, API requests, modules. */
@Tag(name = "Plans", description = "What a workspace may use; an empty limit is no limit.")
@Path("v1/plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsPlanResource {

    /** A plan; a limit left out (or null) is no limit, {@code pluginsAllowed} left out is every module. */
    public record PlanJson(String code, String name, Integer maxUsers, Integer maxCustomers, Integer maxStorageMb,
            Integer apiPerMinute, List<String> pluginsAllowed) {

        static PlanJson of(Plan plan) {
            PlanLimits l = plan.limits();
            return new PlanJson(plan.code(), l.name(), boxed(l.maxUsers()), boxed(l.maxCustomers()),
                    boxed(l.maxStorageMb()), boxed(l.apiPerMinute()), l.pluginsAllowed().orElse(null));
        }

        PlanLimits limits() {
            return new PlanLimits(name, optional(maxUsers), optional(maxCustomers), optional(maxStorageMb),
                    optional(apiPerMinute), Optional.ofNullable(pluginsAllowed));
        }

        private static Integer boxed(OptionalInt value) {
            return value.isPresent() ? value.getAsInt() : null;
        }

        private static OptionalInt optional(Integer value) {
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }
    }

    public record PlanListJson(List<PlanJson> items) {
    }

    @Inject
    PlanAdministration plans;

    @Operation(operationId = "opsListPlans", summary = "List the plans")
    @GET
    public PlanListJson list() {
        return new PlanListJson(plans.all().stream().map(PlanJson::of).toList());
    }

    @Operation(operationId = "opsCreatePlan", summary = "Define a plan")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanJson.class)))
    @POST
    public Response create(@NotNull PlanJson body) {
        return Response.status(Response.Status.CREATED).entity(PlanJson.of(plans.create(body.code(),
                body.limits()))).build();
    }

    @Operation(operationId = "opsChangePlan", summary = "Change a plan's name and limits (the code stays)")
    @PUT
    @Path("{code}")
    public PlanJson change(@PathParam("code") String code, @NotNull PlanJson body) {
        return PlanJson.of(plans.change(code, body.limits()));
    }
}
