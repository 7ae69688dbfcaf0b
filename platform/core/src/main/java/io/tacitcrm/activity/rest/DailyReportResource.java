package io.tacitcrm.activity.rest;

import io.tacitcrm.activity.domain.ReportText;
import io.tacitcrm.activity.service.DailyReportService;
import io.tacitcrm.activity.service.ReportView;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.identity.domain.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Daily reports: one's own per date (PUT), the team's (list), who has not reported, and comments. */
@Tag(name = "Daily reports",
        description = "What each rep did today and plans tomorrow, with managers' comments.")
@Path("daily-reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DailyReportResource {

    public record ReportInput(String progress, String plan, String obstacles, String timeZone) {
    }

    public record CommentInput(String body) {
    }

    public record CommentJson(String id, String authorId, String authorName, String body, Instant createdAt) {
    }

    public record SummaryJson(Map<String, Integer> done, Map<String, Integer> planned, int customers) {
    }

    public record ReportJson(String id, String userId, String userName, LocalDate date, String progress, String plan,
                             String obstacles, SummaryJson summary, List<CommentJson> comments, Instant submittedAt,
                             Instant updatedAt, long version) {

        static ReportJson of(ReportView r) {
            return new ReportJson(r.id().toString(), r.author().toString(), r.authorName(), r.date(), r.text()
                    .progress(), r.text().plan(), r.text().obstacles(),
                    new SummaryJson(names(r.summary().done()), names(r.summary().planned()), r.summary().customers()),
                    r.comments().stream().map(c -> new CommentJson(c.id().toString(), c.author().toString(),
                            c.authorName(), c.body(), c.createdAt())).toList(),
                    r.submittedAt(), r.updatedAt(), r.version());
        }

        private static Map<String, Integer> names(Map<? extends Enum<?>, Integer> counts) {
            return counts.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
        }
    }

    public record ReportListJson(List<ReportJson> items) {
    }

    public record MissingJson(LocalDate date, List<Map<String, String>> users) {
    }

    @Inject
    DailyReportService reports;

    @Operation(operationId = "listDailyReports", summary = "List daily reports (own and subtree)")
    @GET
    public ReportListJson list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("userId") String userId) {
        LocalDate end = QueryParams.date("to", to).orElse(LocalDate.now());
        LocalDate start = QueryParams.date("from", from).orElse(end.minusDays(6));
        return new ReportListJson(reports.list(QueryParams.id("userId", userId).map(UserId::new), start, end).stream()
                .map(ReportJson::of).toList());
    }

    @Operation(operationId = "listMissingDailyReports", summary = "Who below the caller has not reported today")
    @GET
    @Path("missing")
    public MissingJson missing(@QueryParam("date") String date) {
        LocalDate day = QueryParams.date("date", date)
                .orElseThrow(() -> InvalidInputException.of("date", "required", "must name the day, e.g. 2026-11-27"));
        return new MissingJson(day, reports.missing(day).stream()
                .map(m -> Map.of("id", m.id().toString(), "name", m.name())).toList());
    }

    @Operation(operationId = "submitDailyReport", summary = "Write or rewrite one's report of a day")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportJson.class)))
    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("date") String date, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull ReportInput input) {
        LocalDate day = QueryParams.date("date", date).orElseThrow(() -> InvalidInputException.of("date", "required",
                "must be a date"));
        ReportView saved = reports.submit(day, new ReportText(input.progress(), input.plan(), input.obstacles()),
                QueryParams.zone("timeZone", input.timeZone()), ETags.expected(ifMatch));
        return Response.ok(ReportJson.of(saved)).tag(ETags.of(saved.version())).build();
    }

    @Operation(operationId = "commentDailyReport", summary = "Comment on a report")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportJson.class)))
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, @NotNull CommentInput input) {
        ReportView report = reports.comment(PathIds.uuid(id, "daily_report"), input.body());
        return Response.status(Response.Status.CREATED).entity(ReportJson.of(report)).build();
    }
}
