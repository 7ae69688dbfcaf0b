package io.tacitcrm.agenda.rest;

import io.tacitcrm.agenda.domain.ReminderPolicy;
import io.tacitcrm.agenda.service.ReminderLimits;
import io.tacitcrm.common.rest.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET|PUT /reminder-policy}: the company's reminder limits; everyone reads them, process.manage changes. */
@Tag(name = "Reminders")
@Path("reminder-policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReminderPolicyResource {

    @Inject
    ReminderLimits limits;

    /** {@code stallDays}: days in one stage after which an open deal is stuck; {@code reportHour}: 12 to 23. */
    public record ReminderPolicyJson(Integer stallDays, Integer reportHour) {
        static ReminderPolicyJson of(ReminderPolicy p) {
            return new ReminderPolicyJson(p.stallDays(), p.reportHour());
        }
    }

    @Operation(operationId = "getReminderPolicy", summary = "Read the company's reminder limits")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReminderPolicyJson.class)))
    @GET
    public Response policy() {
        ReminderPolicy policy = limits.policy();
        return Response.ok(ReminderPolicyJson.of(policy)).tag(ETags.of(policy.version())).build();
    }

    @Operation(operationId = "setReminderPolicy", summary = "Change the company's reminder limits")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReminderPolicyJson.class)))
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePolicy(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ReminderPolicyJson body) {
        ReminderPolicy current = limits.policy();
        long expected = ETags.expected(ifMatch).value().orElse(current.version());
        ReminderPolicy changed = limits.change(body.stallDays() == null ? current.stallDays() : body.stallDays(),
                body.reportHour() == null ? current.reportHour() : body.reportHour(), expected);
        return Response.ok(ReminderPolicyJson.of(changed)).tag(ETags.of(changed.version())).build();
    }
}
