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
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sharing rules: {@code {name, object, kind OWNER|CRITERIA, source:{type, id}, criteria:{field, values[]}, granteeType,
 * granteeId, access}}. In force from the next request on.
 */
@Path("sharing/rules")
@RequestScoped
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
                    r.sourceType().map(t -> new SourceJson(t.name(), r.sourceId().map(UUID::toString).orElse(null))).orElse(null),
                    r.criteriaField().map(f -> new CriteriaJson(f.field(), r.criteriaValues())).orElse(null),
                    r.granteeType().name(), r.granteeId().toString(), r.access().name());
        }
    }

    public record RuleListJson(List<RuleJson> items) {
    }

    @GET
    public RuleListJson list() {
        return new RuleListJson(rules.rules().stream().map(RuleJson::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull RuleJson body) {
        SharingRule rule = rules.add(draft(body));
        return Response.status(Response.Status.CREATED).entity(RuleJson.of(rule)).build();
    }

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
        Optional<RuleKind> kind = required(errors, "kind", BodyFields.parse(errors, "kind", body.kind(), RuleKind.class));
        Optional<GranteeType> sourceType = Optional.ofNullable(body.source())
                .flatMap(s -> BodyFields.parse(errors, "source.type", s.type(), GranteeType.class));
        Optional<UUID> sourceId = Optional.ofNullable(body.source()).flatMap(s -> BodyFields.id(errors, "source.id", s.id()));
        Optional<CriteriaField> field = Optional.ofNullable(body.criteria()).map(CriteriaJson::field).flatMap(CriteriaField::named);
        List<String> values = Optional.ofNullable(body.criteria()).map(CriteriaJson::values).orElse(List.of()).stream()
                .map(v -> v == null ? "" : v.strip()).toList();
        Optional<GranteeType> granteeType = required(errors, "granteeType", BodyFields.parse(errors, "granteeType", body.granteeType(), GranteeType.class));
        Optional<UUID> granteeId = required(errors, "granteeId", BodyFields.id(errors, "granteeId", body.granteeId()));
        Optional<AccessLevel> access = required(errors, "access", BodyFields.parse(errors, "access", body.access(), AccessLevel.class));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RuleDraft(body.name(), body.object(), kind.get(), sourceType, sourceId, field, values, granteeType.get(),
                granteeId.get(), access.get());
    }

    private static <T> Optional<T> required(List<FieldError> errors, String field, Optional<T> value) {
        if (value.isEmpty() && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, "required", "is required"));
        }
        return value;
    }
}
