package io.tacitcrm.access.rest;

import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.CriteriaField;
import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.RuleKind;
import io.tacitcrm.access.domain.SharingRule;
import io.tacitcrm.access.service.RuleDraft;
import io.tacitcrm.access.service.SharingAdministration;
import io.tacitcrm.access.service.SharingRules;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.PathIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sharing rules: {@code {name, object, kind OWNER|CRITERIA, source:{type, id}, criteria:{field, values[]}, granteeType,
 * granteeId, access}}. In force from the next request on.
 */
@Tag(name = "Sharing")
@Path("sharing/rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SharingRuleResource {

    private static final Set<String> OBJECTS = Set.of(SharingAdministration.ACCOUNT, SharingAdministration.OPPORTUNITY);

    @Inject
    SharingRules rules;

    public record SourceJson(String type, String id) {
    }

    public record CriteriaJson(String field, List<String> values) {
    }

    public record RuleJson(String id, String name, String object, String kind, SourceJson source, CriteriaJson criteria,
                           String granteeType, String granteeId, String access) {
        static RuleJson of(SharingRule r) {
            return new RuleJson(r.id().toString(), r.name(), r.objectType(), r.kind().name(),
                    r.sourceType().map(t -> new SourceJson(t.name(), r.sourceId().map(UUID::toString).orElse(null)))
                            .orElse(null),
                    r.criteriaField().map(f -> new CriteriaJson(f.field(), r.criteriaValues())).orElse(null),
                    r.granteeType().name(), r.granteeId().toString(), r.access().name());
        }
    }

    public record RuleListJson(List<RuleJson> items) {
    }

    @Operation(operationId = "listSharingRules", summary = "List the sharing rules")
    @GET
    public RuleListJson list() {
        return new RuleListJson(rules.rules().stream().map(RuleJson::of).toList());
    }

    @Operation(operationId = "createSharingRule", summary = "Create a sharing rule")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RuleJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context UriInfo uri, @NotNull RuleJson body) {
        SharingRule rule = rules.add(draft(body));
        return Response.created(uri.getAbsolutePathBuilder().path(rule.id().toString()).build())
                .entity(RuleJson.of(rule)).build();
    }

    @Operation(operationId = "deleteSharingRule", summary = "Delete a sharing rule")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        rules.remove(PathIds.uuid(id, "sharing rule"));
        return Response.noContent().build();
    }

    /** Every malformed field reported at once. */
    private static RuleDraft draft(RuleJson body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.object() == null || !OBJECTS.contains(body.object())) {
            errors.add(new FieldError("object", "enum", "must be account or opportunity"));
        }
        Optional<RuleKind> kind = required(errors, "kind", BodyFields.parse(errors, "kind", body.kind(),
                RuleKind.class));
        Optional<GranteeType> sourceType = Optional.ofNullable(body.source())
                .flatMap(s -> BodyFields.parse(errors, "source.type", s.type(), GranteeType.class));
        Optional<UUID> sourceId = Optional.ofNullable(body.source()).flatMap(s -> BodyFields.id(errors, "source.id",
                s.id()));
        Optional<CriteriaField> field = Optional.ofNullable(body.criteria()).map(CriteriaJson::field)
                .flatMap(CriteriaField::named);
        List<String> values = Optional.ofNullable(body.criteria()).map(CriteriaJson::values).orElse(List.of()).stream()
                .map(v -> v == null ? "" : v.strip()).toList();
        Optional<GranteeType> granteeType = required(errors, "granteeType", BodyFields.parse(errors, "granteeType",
                body.granteeType(), GranteeType.class));
        Optional<UUID> granteeId = required(errors, "granteeId", BodyFields.id(errors, "granteeId", body.granteeId()));
        Optional<AccessLevel> access = required(errors, "access", BodyFields.parse(errors, "access", body.access(),
                AccessLevel.class));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RuleDraft(body.name(), body.object(), kind.get(), sourceType, sourceId, field, values,
                granteeType.get(), granteeId.get(), access.get());
    }

    private static <T> Optional<T> required(List<FieldError> errors, String field, Optional<T> value) {
        if (value.isEmpty() && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, "required", "is required"));
        }
        return value;
    }
}
