package io.tacitcrm.home.rest;

import io.tacitcrm.home.domain.SetupProgress;
import io.tacitcrm.home.domain.SetupStep;
import io.tacitcrm.home.service.SetupChecklistService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /setup-checklist}: a new company's first steps and which are done (users.manage). */
@Tag(name = "Session")
@Path("setup-checklist")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SetupChecklistResource {

    @Inject
    SetupChecklistService checklist;

    /** {@code step}: PROCESS, USERS, CUSTOMERS, TARGETS or MODULES; {@code link}: the page where it is taken. */
    public record StepJson(String step, boolean done, String link) {
    }

    public record ChecklistJson(List<StepJson> steps, boolean complete) {
    }

    @Operation(operationId = "getSetupChecklist", summary = "The company's first steps and which are done")
    @GET
    public ChecklistJson get() {
        SetupProgress progress = checklist.progress();
        return new ChecklistJson(Arrays.stream(SetupStep.values())
                .map(s -> new StepJson(s.name(), progress.isDone(s), s.link())).toList(), progress.complete());
    }
}
