package io.tacitcrm.example.cadence;

import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import java.util.Map;
import org.pf4j.Extension;

/** {@code GET /api/v1/x/visit-cadence/counts?limit=20}: the customers with the most footprints the caller may see. */
@Extension
public class CountsApi implements ApiContribution {

    @Override
    public void routes(ApiRoutes routes) {
        routes.get("counts", (request, context) -> {
            int limit;
            try {
                limit = Integer.parseInt(request.query("limit").orElse("20"));
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("limit must be a whole number");
            }
            return ApiResponse.ok(Map.of("items", Counts.top(context, limit)));
        });
    }
}
