package io.tacitcrm.sample.rest;

import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.sample.service.SampleData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sample data to try the product on (administrators): {@code GET} how many sample customers there are, {@code POST}
 * loads them (409 if loaded), {@code DELETE} removes them with their contacts, deals and footprints.
 */
@Tag(name = "Session")
@Path("sample-data")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SampleDataResource {

    @Inject
    SampleData samples;

    /** {@code customers}: how many sample customers the workspace holds (or were added, or removed). */
    public record SampleDataJson(int customers) {
    }

    @Operation(operationId = "getSampleData", summary = "How many sample customers the workspace holds")
    @GET
    public SampleDataJson get() {
        return new SampleDataJson(samples.loaded());
    }

    @Operation(operationId = "loadSampleData", summary = "Load sample customers, deals and footprints to try on")
    @APIResponse(responseCode = "201", description = "Loaded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SampleDataJson.class)))
    @POST
    public Response load(@QueryParam("timeZone") String timeZone) {
        return Response.status(Response.Status.CREATED)
                .entity(new SampleDataJson(samples.load(QueryParams.zone("timeZone", timeZone)))).build();
    }

    @Operation(operationId = "removeSampleData", summary = "Remove the sample customers with everything on them")
    @DELETE
    public SampleDataJson remove() {
        return new SampleDataJson(samples.remove());
    }
}
