package io.tacitcrm.identity.rest;

import io.tacitcrm.identity.service.WorkspacePlan;
import io.tacitcrm.tenancy.service.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's plan: its limits and what the workspace uses of them (administrators). */
@Tag(name = "Plan", description = "The workspace's plan and its usage against the limits.")
@Path("plan")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspacePlanResource {

    /** A limit and the current figure; {@code limit} null is no limit. */
    public record UsageJson(Long limit, Long current) {
    }

    public record WorkspacePlanJson(String plan, String name, UsageJson users, UsageJson customers,
            UsageJson storageMb, Integer apiPerMinute, List<String> pluginsAllowed) {

        static WorkspacePlanJson of(PlanStatus s) {
            var l = s.limits();
            return new WorkspacePlanJson(s.code(), l.name(), usage(l.maxUsers(), s.activeUsers()),
                    usage(l.maxCustomers(), s.customers()), usage(l.maxStorageMb(), s.storageBytes() / 1_000_000L),
                    l.apiPerMinute().isPresent() ? l.apiPerMinute().getAsInt() : null,
                    l.pluginsAllowed().orElse(null));
        }

        private static UsageJson usage(OptionalInt limit, long current) {
            return new UsageJson(limit.isPresent() ? (long) limit.getAsInt() : null, current);
        }
    }

    @Inject
    WorkspacePlan plan;

    @Operation(operationId = "getWorkspacePlan", summary = "The workspace's plan and its usage (users.manage)")
    @GET
    public WorkspacePlanJson get() {
        return WorkspacePlanJson.of(plan.status());
    }
}
