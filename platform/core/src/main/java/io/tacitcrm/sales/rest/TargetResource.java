package io.tacitcrm.sales.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.sales.domain.SalesTarget;
import io.tacitcrm.sales.domain.TargetPeriod;
import io.tacitcrm.sales.service.NewTarget;
import io.tacitcrm.sales.service.TargetService;
import io.tacitcrm.sales.service.TargetView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sales targets of a month or quarter with their attainment; the time zone decides where a period begins. */
@Tag(name = "Targets", description = "Sales targets per person, role or team and period.")
@Path("targets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    public record TargetInput(String subjectType, String subjectId, String periodKind, String periodStart,
            BigDecimal amount,
                              String currency) {
    }

    public record AmountInput(BigDecimal amount) {
    }

    public record TargetJson(String id, String subjectType, String subjectId, String subjectName, String periodKind,
                             LocalDate periodStart, BigDecimal amount, String currency, BigDecimal won,
                                     int attainmentPercent,
                             long version) {

        static TargetJson of(TargetView v) {
            return new TargetJson(v.id().toString(), v.subject().name(), v.subjectId().toString(), v.subjectName(),
                    v.period().kind().name(), v.period().start(), v.amount(), v.currency(), v.won(),
                            v.attainmentPercent(), v.version());
        }
    }

    public record TargetListJson(List<TargetJson> items) {
    }

    @Inject
    TargetService targets;

    @Operation(operationId = "listTargets", summary = "List sales targets")
    @GET
    public TargetListJson list(@QueryParam("periodKind") String kind, @QueryParam("periodStart") String start,
                               @QueryParam("timeZone") String timeZone) {
        var zone = QueryParams.zone("timeZone", timeZone);
        TargetPeriod.Kind periodKind = parseKind(kind).orElse(TargetPeriod.Kind.MONTH);
        TargetPeriod period = QueryParams.date("periodStart", start).map(d -> new TargetPeriod(periodKind, d))
                .orElseGet(() -> TargetPeriod.containing(periodKind, LocalDate.now(zone)));
        return new TargetListJson(targets.of(period, zone).stream().map(TargetJson::of).toList());
    }

    @Operation(operationId = "createTarget", summary = "Set a sales target")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TargetJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context UriInfo uri, @NotNull TargetInput input,
                           @QueryParam("timeZone") String timeZone) {
        List<FieldError> errors = new ArrayList<>();
        Optional<SalesTarget.Subject> subject = BodyFields.parse(errors, "subjectType", input.subjectType(),
                SalesTarget.Subject.class);
        Optional<UUID> subjectId = BodyFields.id(errors, "subjectId", input.subjectId());
        Optional<TargetPeriod.Kind> kind = BodyFields.parse(errors, "periodKind", input.periodKind(),
                TargetPeriod.Kind.class);
        Optional<LocalDate> start = Optional.empty();
        try {
            start = QueryParams.date("periodStart", input.periodStart());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        String currency = input.currency() == null || input.currency().isBlank() ? "CNY" : input.currency().strip();
        if (!currency.matches("[A-Z]{3}")) {
            errors.add(new FieldError("currency", "currency.invalid", "must be an ISO 4217 code such as CNY"));
        }
        if (subject.isEmpty() || subjectId.isEmpty() || kind.isEmpty() || start.isEmpty() || !errors.isEmpty()) {
            requireAll(errors, subject, subjectId, kind, start);
            throw new InvalidInputException(errors);
        }
        TargetView created = targets.set(new NewTarget(subject.get(), subjectId.get(), new TargetPeriod(kind.get(),
                start.get()), input.amount(), currency), QueryParams.zone("timeZone", timeZone));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(TargetJson.of(created)).build();
    }

    @Operation(operationId = "updateTarget", summary = "Change a target's amount")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TargetJson.class)))
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull AmountInput input, @QueryParam("timeZone") String timeZone) {
        TargetView changed = targets.change(PathIds.uuid(id, "target"), input.amount(), ETags.expected(ifMatch),
                QueryParams.zone("timeZone", timeZone));
        return Response.ok(TargetJson.of(changed)).tag(ETags.of(changed.version())).build();
    }

    private static void requireAll(List<FieldError> errors, Optional<?>... values) {
        String[] names = {"subjectType", "subjectId", "periodKind", "periodStart"};
        for (int i = 0; i < values.length; i++) {
            String name = names[i];
            if (values[i].isEmpty() && errors.stream().noneMatch(e -> e.field().equals(name))) {
                errors.add(new FieldError(name, "required", "must be given"));
            }
        }
    }

    private static Optional<TargetPeriod.Kind> parseKind(String kind) {
        List<FieldError> errors = new ArrayList<>();
        Optional<TargetPeriod.Kind> parsed = BodyFields.parse(errors, "periodKind", kind, TargetPeriod.Kind.class);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }
}
