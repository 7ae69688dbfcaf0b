package io.tacitcrm.sales.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.service.CloseReasonDraft;
import io.tacitcrm.sales.service.CloseReasonView;
import io.tacitcrm.sales.service.CloseReasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The company's lists of reasons deals are won and lost. A deal entering a won or lost stage names one of them. PUT
 * replaces both lists: an entry with an id keeps that reason (renamed, moved), one without is new, a reason left out
 * is retired.
 */
@Tag(name = "Deals")
@Path("process/close-reasons")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CloseReasonResource {

    public record ReasonJson(String id, String kind, String label) {
    }

    public record ReasonsJson(List<ReasonJson> reasons) {
    }

    @Inject
    CloseReasons reasons;

    @Operation(operationId = "getCloseReasons", summary = "The reasons deals are won and lost, each list in order")
    @GET
    public ReasonsJson get() {
        return json(reasons.current());
    }

    @Operation(operationId = "replaceCloseReasons", summary = "Replace the won and lost reasons (process.manage)")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ReasonsJson put(@NotNull ReasonsJson submitted) {
        if (submitted.reasons() == null) {
            throw InvalidInputException.of("reasons", "required", "must list the reasons");
        }
        List<FieldError> errors = new ArrayList<>();
        List<CloseReasonDraft> drafts = new ArrayList<>();
        for (int i = 0; i < submitted.reasons().size(); i++) {
            ReasonJson r = submitted.reasons().get(i);
            String prefix = "reasons[" + i + "].";
            if (r == null) {
                errors.add(new FieldError("reasons[" + i + "]", "required", "must be a reason"));
                continue;
            }
            Optional<UUID> id = BodyFields.id(errors, prefix + "id", r.id());
            Optional<StageKind> kind = BodyFields.parse(errors, prefix + "kind", r.kind(), StageKind.class);
            drafts.add(new CloseReasonDraft(id, kind.orElse(null), r.label()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return json(reasons.replace(drafts));
    }

    private static ReasonsJson json(List<CloseReasonView> views) {
        return new ReasonsJson(views.stream().map(v -> new ReasonJson(v.id().toString(), v.kind().name(), v.label()))
                .toList());
    }
}
