package io.tacitcrm.misbehaving;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.ActivityCriteria;
import io.tacitcrm.api.records.ActivityRecord;
import io.tacitcrm.api.records.CustomerRecord;
import io.tacitcrm.api.records.OpportunityRecord;
import io.tacitcrm.api.records.Page;
import io.tacitcrm.api.records.StageStep;
import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiRequest;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * {@code boom} throws, {@code hang} never answers, {@code seen} lists what the listener noted for this tenant,
 * {@code words} shows the host's labels and links, {@code leak} starts threads it never stops
 * and keeps memory it never gives back.
 */
@Extension
public class MisbehavingApi implements ApiContribution {

    @Override
    public void routes(ApiRoutes routes) {
        routes.get("boom", (request, context) -> {
                    throw new IllegalStateException("this endpoint always fails");
                })
                .get("hang", (request, context) -> {
                    Hang.forever();
                    return ApiResponse.noContent();
                })
                .post("leak", (request, context) -> ApiResponse.ok(Map.of(
                        "started", Leak.threads(Integer.parseInt(request.query("threads").orElse("0"))),
                        "heldMegabytes", Leak.memory(Integer.parseInt(request.query("megabytes").orElse("0"))))))
                .get("seen", this::seen)
                .get("whoami", (request, context) -> ApiResponse.ok(Map.of(
                        "tenant", context.tenant().workspace(), "user", context.requireUser().name())))
                .get("readers", this::readers)
                .get("changed", this::changed)
                .post("job-notes", (request, context) -> {
                    context.settings().put("job-notes", "on");
                    return ApiResponse.ok(Map.of("notes", "on"));
                })
                .get("setting", (request, context) -> ApiResponse.ok(Map.of("value",
                        context.settings().value(request.query("key").orElseThrow()))))
                .get("words", (request, context) -> ApiResponse.ok(Map.of(
                        "visit", context.labels().activityType("VISIT"),
                        "won", context.labels().stageKind("WON"),
                        "unknown", context.labels().activityType("TELEPATHY"),
                        "deal", context.links().opportunity(UUID.fromString(request.query("customer").orElseThrow()),
                                UUID.fromString(request.query("deal").orElseThrow())))));
    }

    /** Pages through what the readers give the caller, two at a time, and answers the ids (and one deal's stages). */
    private ApiResponse readers(ApiRequest request, PluginContext context) {
        List<String> customers = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<CustomerRecord> page = context.customers().list(Optional.empty(), cursor, 2);
            page.items().forEach(c -> customers.add(c.id().toString()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        List<String> deals = new ArrayList<>();
        cursor = Optional.empty();
        do {
            Page<OpportunityRecord> page = context.opportunities().list(Optional.empty(), Optional.empty(), cursor, 2);
            page.items().forEach(o -> deals.add(o.id().toString()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        List<String> footprints = new ArrayList<>();
        cursor = Optional.empty();
        do {
            Page<ActivityRecord> page = context.activities().list(ActivityCriteria.mine(), cursor, 2);
            page.items().forEach(a -> footprints.add(a.id().toString()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        List<String> stages = deals.isEmpty() ? List.of() : context.opportunities()
                .stageHistory(UUID.fromString(deals.getFirst())).stream().map(StageStep::toStage).toList();
        return ApiResponse.ok(Map.of("customers", customers, "deals", deals, "footprints", footprints,
                "stagesOfFirstDeal", stages));
    }

    /** What changed since {@code since}, and which of the comma-separated {@code ids} the bulk finders return. */
    private ApiResponse changed(ApiRequest request, PluginContext context) {
        Instant since = Instant.parse(request.query("since").orElseThrow());
        List<UUID> ids = Arrays.stream(request.query("ids").orElse("").split(",")).filter(s -> !s.isBlank())
                .map(UUID::fromString).toList();
        List<String> customers = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<CustomerRecord> page = context.customers().changedSince(since, cursor, 1);
            page.items().forEach(c -> customers.add(c.id().toString()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        List<String> deals = new ArrayList<>();
        do {
            Page<OpportunityRecord> page = context.opportunities().changedSince(since, cursor, 1);
            page.items().forEach(o -> deals.add(o.id().toString()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return ApiResponse.ok(Map.of("customers", customers, "deals", deals,
                "foundCustomers", context.customers().find(ids).stream().map(c -> c.id().toString()).sorted().toList(),
                "foundDeals", context.opportunities().find(ids).stream().map(o -> o.id().toString()).sorted()
                        .toList()));
    }

    private ApiResponse seen(ApiRequest request, PluginContext context) {
        List<String> kinds = context.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select kind from seen_event order by id")) {
                List<String> found = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
                return found;
            }
        });
        return ApiResponse.ok(Map.of("kinds", kinds));
    }
}
