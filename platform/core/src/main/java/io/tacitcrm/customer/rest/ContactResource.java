package io.tacitcrm.customer.rest;

import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.JsonMerge;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.customer.domain.ContactCursor;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.customer.service.ContactView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people at customer companies; access follows each contact's account. */
@Tag(name = "Contacts", description = "People at customers.")
@Path("contacts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    public record ContactListJson(List<ContactJson> items, String nextCursor) {
    }

    @Inject
    ContactService contacts;

    @Operation(operationId = "listContacts", summary = "List the contacts of a customer")
    @GET
    public ContactListJson list(@QueryParam("accountId") String accountId, @QueryParam("cursor") String cursor,
                                @QueryParam("limit") String limit) {
        var account = new ContactInput(accountId, null, null, null, null, null).account();
        Page<ContactView, ContactCursor> page = contacts.ofAccount(account,
                QueryParams.text(cursor).map(ContactCursor::decode), PageLimit.of(limit));
        return new ContactListJson(page.items().stream().map(ContactJson::of).toList(), page.nextCursor().orElse(null));
    }

    @Operation(operationId = "createContact", summary = "Add a contact to a customer")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context UriInfo uri, @NotNull ContactInput input) {
        ContactView created = contacts.add(input.account(), input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(ContactJson.of(created)).build();
    }

    @Operation(operationId = "getContact", summary = "Read a contact")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactJson.class)))
    @GET
    @Path(CsvPaths.RECORD_ID)
    public Response get(@PathParam("id") String id) {
        ContactView contact = contacts.find(contactId(id));
        return Response.ok(ContactJson.of(contact)).tag(ETags.of(contact.version())).build();
    }

    @Operation(operationId = "updateContact", summary = "Change a contact (merge patch)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactJson.class)))
    @PATCH
    @Path(CsvPaths.RECORD_ID)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @RequestBody(content = {
                    @Content(mediaType = "application/merge-patch+json",
                            schema = @Schema(implementation = ContactPatch.class)),
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ContactPatch.class))})
                          @NotNull JsonObject patch) {
        ContactView updated = contacts.edit(contactId(id), ETags.expected(ifMatch),
                current -> JsonMerge.apply(ContactInput.of(current), patch, ContactInput.PATCHABLE).details());
        return Response.ok(ContactJson.of(updated)).tag(ETags.of(updated.version())).build();
    }

    @Operation(operationId = "deleteContact", summary = "Delete a contact")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path(CsvPaths.RECORD_ID)
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contacts.remove(contactId(id), ETags.expected(ifMatch));
        return Response.noContent().build();
    }

    private static ContactId contactId(String id) {
        return new ContactId(PathIds.uuid(id, "contact"));
    }
}
