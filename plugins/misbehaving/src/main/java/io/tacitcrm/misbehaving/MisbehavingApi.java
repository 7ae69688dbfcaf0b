package io.tacitcrm.misbehaving;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiRequest;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * {@code boom} throws, {@code hang} never answers, {@code seen} lists what the listener noted for this tenant,
 * {@code words} shows the host's labels and links.
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
                .get("seen", this::seen)
                .get("whoami", (request, context) -> ApiResponse.ok(Map.of(
                        "tenant", context.tenant().workspace(), "user", context.requireUser().name())))
                .get("words", (request, context) -> ApiResponse.ok(Map.of(
                        "visit", context.labels().activityType("VISIT"),
                        "won", context.labels().stageKind("WON"),
                        "unknown", context.labels().activityType("TELEPATHY"),
                        "deal", context.links().opportunity(UUID.fromString(request.query("customer").orElseThrow()),
                                UUID.fromString(request.query("deal").orElseThrow())))));
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
