package io.tacitcrm.exchange.rest;

import io.tacitcrm.exchange.domain.ImportReport;
import io.tacitcrm.exchange.service.CustomerImport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /<object>/export} and {@code POST /<object>/import} (the CSV file as the body, options as query
 * parameters). Subclasses name the object (their {@code @Path}, shared with the object's main resource: RESTEasy
 * matches resource methods by their full path, so the literal {@code export} wins over {@code {id}}) and the service
 * calls.
 */
public abstract class CsvResource {

    /** The object's name in file names: accounts, contacts. */
    abstract String object();

    abstract byte[] exportCsv();

    abstract ImportReport importCsv(CustomerImport.Request request);

    @Operation(summary = "Download every record the caller may see as CSV (UTF-8)")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("export")
    @Produces(CsvExchange.CSV)
    public Response export() {
        return CsvExchange.file(exportCsv(), object());
    }

    @Operation(summary = "Import a CSV file (or check it with dryRun=true)")
    @APIResponse(responseCode = "200", description = "Imported, or checked",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "The file was refused (a report, row by row), or an option was"
            + " (a problem)", content = {
                @Content(mediaType = "application/json",
                        schema = @Schema(implementation = ImportReport.class)),
                @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"))})
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(byte[] file, @QueryParam("charset") String charset,
                               @QueryParam("map") String map, @QueryParam("mode") String mode,
                                       @QueryParam("dryRun") String dryRun,
                               @HeaderParam("X-File-Name") String name) {
        return CsvExchange.answer(importCsv(CsvExchange.request(file, charset, map, mode, dryRun, name)));
    }
}
