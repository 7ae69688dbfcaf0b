package io.tacitcrm.analytics.web;

import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.playbook.Comparison;
import io.tacitcrm.analytics.playbook.Condition;
import io.tacitcrm.analytics.playbook.Guidance;
import io.tacitcrm.analytics.playbook.Playbook;
import io.tacitcrm.analytics.playbook.PlaybookChanges;
import io.tacitcrm.analytics.playbook.PlaybookEffect;
import io.tacitcrm.analytics.playbook.PlaybookRule;
import io.tacitcrm.analytics.playbook.Playbooks;
import io.tacitcrm.analytics.playbook.RuleWords;
import io.tacitcrm.analytics.web.PlaybookJson.ChangesDoc;
import io.tacitcrm.analytics.web.PlaybookJson.CheckDoc;
import io.tacitcrm.analytics.web.PlaybookJson.ComparisonDoc;
import io.tacitcrm.analytics.web.PlaybookJson.ComparisonLineDoc;
import io.tacitcrm.analytics.web.PlaybookJson.ConditionDoc;
import io.tacitcrm.analytics.web.PlaybookJson.EditInput;
import io.tacitcrm.analytics.web.PlaybookJson.EffectDoc;
import io.tacitcrm.analytics.web.PlaybookJson.GuidanceDoc;
import io.tacitcrm.analytics.web.PlaybookJson.MiningInput;
import io.tacitcrm.analytics.web.PlaybookJson.PlaybookDoc;
import io.tacitcrm.analytics.web.PlaybookJson.PlaybookList;
import io.tacitcrm.analytics.web.PlaybookJson.RuleDoc;
import io.tacitcrm.analytics.web.PlaybookJson.RuleEffectDoc;
import io.tacitcrm.analytics.web.PlaybookJson.SampleDoc;
import io.tacitcrm.analytics.web.PlaybookJson.ScopeDoc;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiProblem.FieldProblem;
import io.tacitcrm.api.web.ApiRequest;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import io.tacitcrm.api.web.RouteDoc;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Playbooks under {@code /api/v1/x/analytics/}: mine a draft in the background ({@code POST playbooks}, 202, then
 * poll it), read, edit (If-Match), publish, stop a mining, the top-vs-rest comparison, the published rules' effect,
 * and one deal's guidance.
 */
@Extension
public class PlaybookApi implements ApiContribution {

    private static final String PLAYBOOK = "playbooks/{id}";

    @Override
    public void routes(ApiRoutes routes) {
        routes.post("playbooks", this::mine).doc(RouteDoc.of("minePlaybook", "Starts mining a draft playbook from"
                + " the period's closed deals (company or a role's subtree); poll it until DRAFT")
                .accepts(MiningInput.class).returns(202, PlaybookDoc.class));
        routes.get("playbooks", this::list).doc(RouteDoc.of("listPlaybooks", "Playbooks, newest first (without the"
                + " team permission: the published ones)").returns(200, PlaybookList.class));
        routes.get(PLAYBOOK, this::get).doc(RouteDoc.of("getPlaybook", "A playbook with its rules, or its"
                + " mining's progress").returns(200, PlaybookDoc.class));
        routes.patch(PLAYBOOK, this::edit).doc(RouteDoc.of("editPlaybook", "Drops, rewords, re-thresholds or gates"
                + " a draft's rules").accepts(EditInput.class).requiresVersion().returns(200, PlaybookDoc.class));
        routes.post(PLAYBOOK + "/publish", this::publish).doc(RouteDoc.of("publishPlaybook", "Publishes the draft"
                + " as its scope's next version; the previous one is retired and kept").requiresVersion()
                .returns(200, PlaybookDoc.class));
        routes.post(PLAYBOOK + "/cancel", this::cancel).doc(RouteDoc.of("cancelPlaybookMining", "Stops a mining")
                .returns(200, PlaybookDoc.class));
        routes.get(PLAYBOOK + "/comparison", this::comparison).doc(RouteDoc.of("getPlaybookComparison",
                "Top reps against the rest, stage by stage, on won and lost deals").returns(200,
                ComparisonDoc.class));
        routes.get(PLAYBOOK + "/effect", this::effect).doc(RouteDoc.of("getPlaybookEffect", "Win rate and cycle"
                + " of the deals that followed each rule since publication, against those that did not")
                .returns(200, EffectDoc.class));
        routes.get("opportunities/{id}/guidance", this::guidance).doc(RouteDoc.of("getDealGuidance", "The"
                + " published rules for the deal's stage, each met, due, open or missed; the next actions")
                .returns(200, GuidanceDoc.class));
    }

    private ApiResponse mine(ApiRequest request, PluginContext context) {
        MiningInput input = request.body(MiningInput.class);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(Clock.systemUTC());
        LocalDate to = Optional.ofNullable(input.to()).orElse(today);
        LocalDate from = Optional.ofNullable(input.from()).orElse(to.minusDays(364));
        if (to.isBefore(from)) {
            problems.add(new FieldProblem("to", "range.reversed", "must not lie before from"));
        } else if (new DateRange(from, to).days() > DateRange.MAX_DAYS) {
            problems.add(new FieldProblem("to", "range.too-long", "a range is at most " + DateRange.MAX_DAYS
                    + " days"));
        }
        String currency = Optional.ofNullable(input.currency()).orElse("CNY");
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("currency", "currency.invalid", "must be three capital letters, e.g. CNY"));
        }
        List<UUID> reps = Optional.ofNullable(input.reps()).orElse(List.of());
        if (reps.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("reps", "required", "must not contain null"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        Playbook started = playbooks(context).start(new Playbooks.Mining(new DateRange(from, to),
                Optional.ofNullable(input.scope()).map(ScopeDoc::roleId), reps, currency));
        return ApiResponse.status(202, doc(started, context)).withHeader("Location",
                "/api/v1/x/analytics/playbooks/" + started.id()).withVersion(started.revision());
    }

    private ApiResponse list(ApiRequest request, PluginContext context) {
        Map<UUID, String> stages = stageNames(context);
        return ApiResponse.ok(new PlaybookList(playbooks(context).list().stream()
                .map(p -> doc(p, context, stages, Optional.empty())).toList()));
    }

    private ApiResponse get(ApiRequest request, PluginContext context) {
        Playbook playbook = playbooks(context).find(id(request));
        return ApiResponse.ok(doc(playbook, context)).withVersion(playbook.revision());
    }

    private ApiResponse edit(ApiRequest request, PluginContext context) {
        int expected = expectedRevision(request);
        EditInput input = request.body(EditInput.class);
        List<Playbooks.RuleEdit> rules = Optional.ofNullable(input.rules()).orElse(List.of()).stream()
                .map(r -> {
                    if (r == null || r.id() == null) {
                        throw ApiProblem.invalid(List.of(new FieldProblem("rules.id", "required", "is required")));
                    }
                    return new Playbooks.RuleEdit(r.id(), Optional.ofNullable(r.wording()),
                            Optional.ofNullable(r.atLeast()), Optional.ofNullable(r.withinDays()),
                            Boolean.TRUE.equals(r.noWindow()), Optional.ofNullable(r.gate()));
                }).toList();
        Playbook edited = playbooks(context).edit(id(request), expected, new Playbooks.Edit(
                Optional.ofNullable(input.drop()).orElse(List.of()).stream().filter(Objects::nonNull).toList(),
                rules));
        return ApiResponse.ok(doc(edited, context)).withVersion(edited.revision());
    }

    private ApiResponse publish(ApiRequest request, PluginContext context) {
        Playbook published = playbooks(context).publish(id(request), expectedRevision(request));
        return ApiResponse.ok(doc(published, context)).withVersion(published.revision());
    }

    private ApiResponse cancel(ApiRequest request, PluginContext context) {
        Playbook stopping = playbooks(context).cancel(id(request));
        return ApiResponse.ok(doc(stopping, context)).withVersion(stopping.revision());
    }

    private ApiResponse comparison(ApiRequest request, PluginContext context) {
        Playbook playbook = playbooks(context).find(id(request));
        Map<UUID, String> stages = stageNames(context);
        return ApiResponse.ok(new ComparisonDoc(playbook.id(), Comparison.MINIMUM, playbook.comparison().stream()
                .map(l -> new ComparisonLineDoc(l.stageId(), stages.getOrDefault(l.stageId(), ""), l.deals().name(),
                        l.metric().name(), l.type().orElse(null), l.topN(), l.restN(), l.top().orElse(null),
                        l.rest().orElse(null), l.effect().orElse(null), l.effectLow().orElse(null),
                        l.effectHigh().orElse(null), l.pValue().orElse(null), l.qValue().orElse(null), l.enough()))
                .toList()));
    }

    private ApiResponse effect(ApiRequest request, PluginContext context) {
        Playbook playbook = playbooks(context).find(id(request));
        if (playbook.publishedAt().isEmpty()) {
            throw ApiProblem.conflict("playbook.not-published", "Only a published playbook has an effect to show.");
        }
        PlaybookEffect.Report report = PlaybookEffect.of(context, playbook, Clock.systemUTC().instant());
        RuleWords words = new RuleWords(context.locale(), context.labels());
        Map<UUID, String> stages = stageNames(context);
        return ApiResponse.ok(new EffectDoc(playbook.id(), report.since(), report.deals(), report.rules().stream()
                .map(e -> new RuleEffectDoc(e.rule().id(), words.rule(stages.getOrDefault(e.rule().stageId(), ""),
                        e.rule()), e.followed(), e.notFollowed(), e.followedWinRate().orElse(null),
                        e.notFollowedWinRate().orElse(null), e.followedCycleDays().orElse(null),
                        e.notFollowedCycleDays().orElse(null), e.pValue().orElse(null), e.enough(),
                        e.stoppedWorking())).toList()));
    }

    private ApiResponse guidance(ApiRequest request, PluginContext context) {
        UUID deal = uuid(request.pathParameter("id")).orElseThrow(() -> ApiProblem.notFound("No such opportunity."));
        Guidance.Report report = Guidance.of(context).of(deal, Clock.systemUTC().instant());
        RuleWords words = new RuleWords(context.locale(), context.labels());
        Map<UUID, String> stages = stageNames(context);
        String stageName = report.stageId().map(s -> stages.getOrDefault(s, "")).orElse(null);
        Function<Guidance.Check, CheckDoc> check = c -> new CheckDoc(c.rule().id(),
                words.rule(stageName, c.rule()), c.state().name(), c.dueBy().orElse(null), c.rule().gate());
        return ApiResponse.ok(new GuidanceDoc(deal, report.stageId().orElse(null), stageName,
                report.enteredAt().orElse(null), report.playbook().map(Playbook::id).orElse(null),
                report.playbook().flatMap(Playbook::version).orElse(null),
                report.checks().stream().map(check).toList(), report.nextActions().stream().map(check).toList()));
    }

    static PlaybookDoc doc(Playbook p, PluginContext context) {
        Map<UUID, String> stages = stageNames(context);
        Optional<Playbook> basis = p.basedOn().flatMap(id -> {
            try {
                return Optional.of(playbooks(context).find(id));
            } catch (ApiProblem gone) {
                return Optional.empty();
            }
        });
        return doc(p, context, stages, basis);
    }

    private static PlaybookDoc doc(Playbook p, PluginContext context, Map<UUID, String> stages,
                                   Optional<Playbook> basis) {
        RuleWords words = new RuleWords(context.locale(), context.labels());
        List<RuleDoc> rules = p.rules().stream().map(r -> rule(r, stages.getOrDefault(r.stageId(), ""), words))
                .toList();
        ChangesDoc changes = basis.map(b -> changes(b, p, stages, words)).orElse(null);
        return new PlaybookDoc(p.id(), p.status().name(), p.version().orElse(null), p.revision(),
                new ScopeDoc(p.scopeRoleId().orElse(null)), p.from(), p.to(), p.topReps(), p.topChosen(),
                p.progress(), p.cancelRequested(), p.deals(), p.tested(), p.samples().stream()
                .map(s -> new SampleDoc(s.stageId(), stages.getOrDefault(s.stageId(), ""), s.won(), s.lost(),
                        s.enough())).toList(), rules, changes, p.problem().orElse(null), p.createdBy(),
                p.createdAt(), p.finishedAt().orElse(null), p.publishedAt().orElse(null),
                p.publishedBy().orElse(null));
    }

    /** What a re-mined draft adds to, drops from and keeps of the version it would replace. */
    private static ChangesDoc changes(Playbook before, Playbook after, Map<UUID, String> stages, RuleWords words) {
        PlaybookChanges changes = PlaybookChanges.between(before, after);
        Function<PlaybookRule, String> text = r -> words.rule(stages.getOrDefault(r.stageId(), ""), r);
        return new ChangesDoc(before.id(), changes.added().stream().map(text).toList(),
                changes.dropped().stream().map(text).toList(), changes.kept().stream().map(text).toList());
    }

    private static RuleDoc rule(PlaybookRule r, String stageName, RuleWords words) {
        var m = r.mined();
        return new RuleDoc(r.id(), r.stageId(), stageName, words.rule(stageName, r), words.figures(m),
                condition(r.condition()), r.wording().orElse(null), r.gate(), r.edited(), m.wonShare(),
                m.lostShare(), m.difference(), m.differenceLow(), m.differenceHigh(), m.lift(), m.support(), m.n(),
                m.pValue(), m.qValue(), m.confidence());
    }

    private static ConditionDoc condition(Condition condition) {
        return switch (condition) {
            case Condition.Activity a -> new ConditionDoc("ACTIVITY", a.type(), a.role().orElse(null), a.atLeast(),
                    a.withinDays().isPresent() ? a.withinDays().getAsInt() : null, null);
            case Condition.People p -> new ConditionDoc("PEOPLE", null, null, p.atLeast(), null, null);
            case Condition.Cadence c -> new ConditionDoc("CADENCE", null, null, null, null, c.maxGapDays());
        };
    }

    static Map<UUID, String> stageNames(PluginContext context) {
        return context.figures().stages().stream().collect(Collectors.toMap(Stage::id, Stage::name));
    }

    private static Playbooks playbooks(PluginContext context) {
        return new Playbooks(context, Clock.systemUTC());
    }

    private static UUID id(ApiRequest request) {
        return uuid(request.pathParameter("id")).orElseThrow(() -> ApiProblem.notFound("No such playbook."));
    }

    private static int expectedRevision(ApiRequest request) {
        String tag = request.header("If-Match").orElseThrow(ApiProblem::versionRequired).strip();
        try {
            return Integer.parseInt(tag.replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ApiProblem.staleVersion();
        }
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
