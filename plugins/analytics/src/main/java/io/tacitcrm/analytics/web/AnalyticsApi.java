package io.tacitcrm.analytics.web;

import io.tacitcrm.analytics.AnalyticsModule;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.Cockpit.Dimension;
import io.tacitcrm.analytics.Cockpit.GroupBy;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.Forecast;
import io.tacitcrm.analytics.ForecastPeriod;
import io.tacitcrm.analytics.KeyPersonRisk;
import io.tacitcrm.analytics.Pareto;
import io.tacitcrm.analytics.PipelineReport;
import io.tacitcrm.analytics.TeamActivity;
import io.tacitcrm.analytics.web.AnalyticsJson.ActivityDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.ActivityLineDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.AlertDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.CountsDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.ForecastDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.LineDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.ParetoDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.ParetoItem;
import io.tacitcrm.analytics.web.AnalyticsJson.PipelineDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.RepLineDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.RiskDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.RiskLineDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.RoleLineDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.StageDoc;
import io.tacitcrm.analytics.web.AnalyticsJson.Top;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiProblem.FieldProblem;
import io.tacitcrm.api.web.ApiRequest;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import io.tacitcrm.api.web.RouteDoc;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.pf4j.Extension;

/**
 * The cockpit's figures under {@code /api/v1/x/analytics/}: {@code pareto}, {@code pipeline}, {@code forecast},
 * {@code activity} and {@code risk}. Every figure counts only records the caller may open; without
 * {@value AnalyticsModule#TEAM} a caller gets their own figures and naming anyone else is a 403.
 */
@Extension
public class AnalyticsApi implements ApiContribution {

    private static final String[] WHOSE = {"ownerId", "roleId", "teamId"};

    @Override
    public void routes(ApiRoutes routes) {
        routes.get("pareto", this::pareto).doc(RouteDoc.of("getPareto",
                "Won revenue by customer or by rep, largest first, the top 20% marked; quiet top customers and top"
                        + " reps' single-threaded top customers").query("dimension", "from", "to", "currency",
                "ownerId", "roleId", "teamId", "limit", "cursor").returns(200, ParetoDoc.class));
        routes.get("pipeline", this::pipeline).doc(RouteDoc.of("getPipeline",
                "Open deals per stage with weighted amounts; conversion and median days in stage over a period")
                .query("closeFrom", "closeTo", "from", "to", "currency", "ownerId", "roleId", "teamId")
                .returns(200, PipelineDoc.class));
        routes.get("forecast", this::forecast).doc(RouteDoc.of("getForecast",
                "Committed, weighted open and best case against targets for a month or quarter, per rep and role")
                .query("period", "currency", "ownerId", "roleId", "teamId", "limit", "cursor")
                .returns(200, ForecastDoc.class));
        routes.get("activity", this::activity).doc(RouteDoc.of("getTeamActivity",
                "Footprints by type and status, customers touched and daily-report compliance per person or group")
                .query("from", "to", "groupBy", "currency", "ownerId", "roleId", "teamId", "limit", "cursor")
                .returns(200, ActivityDoc.class));
        routes.get("risk", this::risk).doc(RouteDoc.of("getKeyPersonRisk",
                "Per rep: shares of won revenue, pipeline and top customers, single-threaded and quiet top customers,"
                        + " alerts above the company's threshold").query("from", "to", "currency", "ownerId",
                "roleId", "teamId", "limit", "cursor").returns(200, RiskDoc.class));
    }

    private ApiResponse pareto(ApiRequest request, PluginContext context) {
        Cockpit cockpit = new Cockpit(context, Clock.systemUTC());
        Params params = new Params(request);
        Dimension dimension = params.choice("dimension", Dimension.class, Dimension.CUSTOMERS);
        DateRange range = params.range("from", "to", 365, cockpit.today());
        String currency = params.currency();
        int limit = params.limit();
        int offset = params.offset();
        Owners owners = owners(params, cockpit);
        Cockpit.ParetoReport report = cockpit.pareto(dimension, range, owners, currency);
        Pareto pareto = report.pareto();
        List<ParetoItem> items = page(pareto.items(), offset, limit, AnalyticsApi::item);
        return ApiResponse.ok(new ParetoDoc(lower(dimension), range.from(), range.to(), currency, pareto.total(),
                new Top(pareto.topCount(), pareto.topAmount(), pareto.topShare(), cockpit.settings().topPercent()),
                items, next(offset, limit, pareto.items().size()),
                report.quiet().stream().limit(Params.MAX_LIMIT).map(AnalyticsApi::item).toList(),
                report.singleThreaded().stream().limit(Params.MAX_LIMIT).map(AnalyticsApi::item).toList(),
                cockpit.settings().quietDays()));
    }

    private ApiResponse pipeline(ApiRequest request, PluginContext context) {
        Cockpit cockpit = new Cockpit(context, Clock.systemUTC());
        Params params = new Params(request);
        Optional<LocalDate> closeFrom = params.date("closeFrom");
        Optional<LocalDate> closeTo = params.date("closeTo");
        if (closeFrom.isPresent() && closeTo.isPresent() && closeTo.get().isBefore(closeFrom.get())) {
            params.problem("closeTo", "range.reversed", "must not lie before closeFrom");
        }
        DateRange period = params.range("from", "to", 180, cockpit.today());
        String currency = params.currency();
        Owners owners = owners(params, cockpit);
        // closeTo is a day included, the figures take the day after
        PipelineReport report = cockpit.pipeline(owners, closeFrom, closeTo.map(d -> d.plusDays(1)), period,
                currency);
        return ApiResponse.ok(new PipelineDoc(period.from(), period.to(), closeFrom.orElse(null),
                closeTo.orElse(null), currency, report.deals(), report.amount(), report.weighted(),
                report.stages().stream().map(s -> new StageDoc(s.stageId(), s.name(), s.probability(),
                        s.outcome().name(), s.deals(), s.amount(), s.weighted(), s.entered(), s.movedOn(),
                        s.conversion().orElse(null), s.medianDays().orElse(null))).toList()));
    }

    private ApiResponse forecast(ApiRequest request, PluginContext context) {
        Cockpit cockpit = new Cockpit(context, Clock.systemUTC());
        Params params = new Params(request);
        ForecastPeriod period = params.period("period", cockpit.today());
        String currency = params.currency();
        int limit = params.limit();
        int offset = params.offset();
        Owners owners = owners(params, cockpit);
        Forecast forecast = cockpit.forecast(period, owners, currency);
        return ApiResponse.ok(new ForecastDoc(period.toString(), period.start(), period.end().minusDays(1), currency,
                line(forecast.total()), page(forecast.reps(), offset, limit, r -> new RepLineDoc(r.userId(), r.name(),
                r.roleId().orElse(null), line(r.line()))), next(offset, limit, forecast.reps().size()),
                forecast.roles().stream().map(r -> new RoleLineDoc(r.roleId(), r.name(), r.parentId().orElse(null),
                        line(r.line()))).toList()));
    }

    private ApiResponse activity(ApiRequest request, PluginContext context) {
        Cockpit cockpit = new Cockpit(context, Clock.systemUTC());
        Params params = new Params(request);
        DateRange range = params.range("from", "to", 30, cockpit.today());
        GroupBy groupBy = params.choice("groupBy", GroupBy.class, GroupBy.USER);
        String currency = params.currency();
        int limit = params.limit();
        int offset = params.offset();
        Owners owners = owners(params, cockpit);
        TeamActivity activity = cockpit.activity(range, groupBy, owners, currency);
        return ApiResponse.ok(new ActivityDoc(range.from(), range.to(), lower(groupBy),
                page(activity.lines(), offset, limit, AnalyticsApi::activityLine),
                next(offset, limit, activity.lines().size())));
    }

    private ApiResponse risk(ApiRequest request, PluginContext context) {
        Cockpit cockpit = new Cockpit(context, Clock.systemUTC());
        Params params = new Params(request);
        DateRange range = params.range("from", "to", 365, cockpit.today());
        String currency = params.currency();
        int limit = params.limit();
        int offset = params.offset();
        Owners owners = owners(params, cockpit);
        KeyPersonRisk risk = cockpit.risk(range, owners, currency);
        return ApiResponse.ok(new RiskDoc(range.from(), range.to(), currency, risk.threshold(),
                cockpit.settings().quietDays(), page(risk.reps(), offset, limit, r -> riskLine(r, context)),
                next(offset, limit, risk.reps().size())));
    }

    /** The owners asked for, once every parameter checked out; a 403 when the caller may not ask for them. */
    private static Owners owners(Params params, Cockpit cockpit) {
        Optional<UUID> owner = params.id(WHOSE[0]);
        Optional<UUID> role = params.id(WHOSE[1]);
        Optional<UUID> team = params.id(WHOSE[2]);
        params.check();
        try {
            return cockpit.owners(owner, role, team);
        } catch (IllegalArgumentException several) {
            throw ApiProblem.invalid(List.of(new FieldProblem(team.isPresent() ? WHOSE[2] : WHOSE[1],
                    "owners.several", several.getMessage())));
        } catch (SecurityException notAllowed) {
            throw ApiProblem.forbidden(AnalyticsModule.TEAM);
        }
    }

    private static <T, R> List<R> page(List<T> all, int offset, int limit, Function<T, R> map) {
        return all.stream().skip(offset).limit(limit).map(map).toList();
    }

    private static String next(int offset, int limit, int size) {
        return Params.cursorAt(offset + limit, size).orElse(null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static ParetoItem item(Pareto.Item i) {
        return new ParetoItem(i.id(), i.name().orElse(null), i.ownerId(), i.value(), i.deals(), i.share(),
                i.cumulativeShare(), i.top());
    }

    private static LineDoc line(Forecast.Line line) {
        return new LineDoc(line.committed(), line.weightedOpen(), line.bestCase(), line.target().orElse(null),
                line.attainment().orElse(null));
    }

    private static ActivityLineDoc activityLine(TeamActivity.Line l) {
        TreeMap<String, CountsDoc> byType = new TreeMap<>();
        l.byType().forEach((type, counts) -> byType.put(type, new CountsDoc(counts.done(), counts.planned())));
        return new ActivityLineDoc(l.id(), l.name(), l.people(), l.done(), l.planned(), byType, l.customersTouched(),
                l.reportsDue().orElse(null), l.reportsSubmitted().orElse(null), l.compliance().orElse(null), l.top());
    }

    private static RiskLineDoc riskLine(KeyPersonRisk.Rep r, PluginContext context) {
        return new RiskLineDoc(r.userId(), r.name(), r.wonShare(), r.pipelineShare(), r.topCustomerShare(),
                r.topCustomers(), r.singleThreaded(), r.untouched(), r.alerts().stream().map(a -> new AlertDoc(
                lower(a.kind()), a.share(), lower(a.action()), a.customerId().orElse(null),
                a.customerId().map(id -> context.links().customer(id))
                        .orElse(context.links().transferFrom(r.userId())))).toList());
    }
}
