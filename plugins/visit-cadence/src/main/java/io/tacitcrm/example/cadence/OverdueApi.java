package io.tacitcrm.example.cadence;

import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiRequest;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import io.tacitcrm.api.web.RouteDoc;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * {@code GET /api/v1/x/visit-cadence/overdue?ownerId=&limit=}: the overdue customers the caller may see;
 * {@code GET /api/v1/x/visit-cadence/reps}: per rep, customers and overdue customers the caller may see.
 */
@Extension
public class OverdueApi implements ApiContribution {

    /** An overdue customer; {@code lastVisitAt} and {@code daysSince} are null when it was never visited. */
    public record CustomerJson(UUID customerId, String name, UUID ownerId, String ownerName, Instant lastVisitAt,
                               Long daysSince) {
    }

    public record OverdueJson(int overdueDays, List<CustomerJson> items) {
    }

    public record RepJson(UUID ownerId, String name, int customers, int overdue) {
    }

    public record RepsJson(int overdueDays, List<RepJson> items) {
    }

    /** One rep's counts of one night; {@code ownerId} as text. */
    public record PointJson(Instant takenAt, String ownerId, String name, int customers, int overdue) {
    }

    public record TrendJson(List<PointJson> items) {
    }

    @Override
    public void routes(ApiRoutes routes) {
        routes.get("overdue", (request, context) -> {
            Overdue overdue = new Overdue(context, Clock.systemUTC());
            List<CustomerJson> items = overdue.customers(owner(request), limit(request)).stream()
                    .map(c -> new CustomerJson(c.customerId(), c.name(), c.ownerId(), c.ownerName(),
                            c.lastVisitAt().orElse(null), c.daysSince().orElse(null))).toList();
            return ApiResponse.ok(new OverdueJson(overdue.rule().overdueDays(), items));
        }).doc(RouteDoc.of("listOverdueCustomers", "Customers overdue for a visit, never visited first")
                .query("ownerId", "limit").returns(200, OverdueJson.class));
        routes.get("reps", (request, context) -> {
            Overdue overdue = new Overdue(context, Clock.systemUTC());
            return ApiResponse.ok(new RepsJson(overdue.rule().overdueDays(), overdue.reps().stream()
                    .map(r -> new RepJson(r.ownerId(), r.name(), r.customers(), r.overdue())).toList()));
        }).doc(RouteDoc.of("listCadenceByRep", "Per rep: customers and how many are overdue for a visit")
                .returns(200, RepsJson.class));
        routes.get("trend", (request, context) -> ApiResponse.ok(new TrendJson(Trend.of(context, days(request),
                Instant.now()).stream().map(p -> new PointJson(p.takenAt(), p.ownerId(), p.name(), p.customers(),
                p.overdue())).toList()))).doc(RouteDoc.of("listCadenceTrend",
                "Nightly counts of overdue customers: your own, or every rep's with visit-cadence.team")
                .query("days").returns(200, TrendJson.class));
    }

    private static Optional<UUID> owner(ApiRequest request) {
        try {
            return request.query("ownerId").filter(s -> !s.isBlank()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("ownerId must be a user id");
        }
    }

    private static int days(ApiRequest request) {
        return whole(request, "days", 30, 1, 366);
    }

    private static int limit(ApiRequest request) {
        return whole(request, "limit", 50, 1, 200);
    }

    /** A whole-number query parameter within bounds, its default when absent; a 400 problem otherwise. */
    private static int whole(ApiRequest request, String name, int fallback, int min, int max) {
        try {
            int value = request.query(name).map(Integer::parseInt).orElse(fallback);
            if (value < min || value > max) {
                throw ApiProblem.badRequest(name + " must be from " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a whole number");
        }
    }
}
