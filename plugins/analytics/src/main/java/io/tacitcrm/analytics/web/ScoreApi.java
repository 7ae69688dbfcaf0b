package io.tacitcrm.analytics.web;

import io.tacitcrm.analytics.AnalyticsModule;
import io.tacitcrm.analytics.score.Features;
import io.tacitcrm.analytics.score.ScoreWords;
import io.tacitcrm.analytics.score.WinModel;
import io.tacitcrm.analytics.score.WinScores;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiRequest;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import io.tacitcrm.api.web.RouteDoc;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * Win chances under {@code /api/v1/x/analytics/}: train the company's model ({@code POST win-model}, 202), read its
 * state and holdout figures, and one open deal's chance with the factors that raise and lower it.
 */
@Extension
public class ScoreApi implements ApiContribution {

    /** {@code GET win-model}: the state, what it learnt from, and how it did on the latest fifth of deals. */
    public record WinModelDoc(String status, int deals, int won, int lost, int minimumDeals, int minimumEach,
                              Instant startedAt, Instant trainedAt, String problem, HoldoutDoc holdout,
                              List<WeightDoc> weights) {
    }

    /** The holdout's figures; the AUC is null when the later deals were all won or all lost. */
    public record HoldoutDoc(Instant cutoff, int trainDeals, int testDeals, int testExamples, Double auc,
                             Double brier, Double calibrationError, List<BinDoc> bins) {
    }

    public record BinDoc(double predicted, double observed, int n) {
    }

    public record WeightDoc(String feature, double weight) {
    }

    public record FactorDoc(String feature, String text, double effect) {
    }

    /** A deal's chance, or {@code available} false with the reason (no model yet, too few deals, a closed deal). */
    public record ScoreDoc(UUID opportunityId, boolean available, String reason, Double probability,
                           List<FactorDoc> raising, List<FactorDoc> lowering, Instant trainedAt, Double auc) {
    }

    @Override
    public void routes(ApiRoutes routes) {
        routes.post("win-model", this::train).doc(RouteDoc.of("trainWinModel", "Trains the company's win model on"
                + " its closed deals of the last two years, in the background").returns(202, WinModelDoc.class));
        routes.get("win-model", this::model).doc(RouteDoc.of("getWinModel", "The win model's state, its weights and"
                + " its AUC, Brier score and calibration on a later holdout").returns(200, WinModelDoc.class));
        routes.get("opportunities/{id}/score", this::score).doc(RouteDoc.of("getDealScore", "An open deal's chance"
                + " to be won, with the factors that raise and lower it").returns(200, ScoreDoc.class));
    }

    private ApiResponse train(ApiRequest request, PluginContext context) {
        return ApiResponse.status(202, doc(scores(context).start()));
    }

    private ApiResponse model(ApiRequest request, PluginContext context) {
        if (!context.requireUser().has(AnalyticsModule.TEAM)) {
            throw ApiProblem.forbidden(AnalyticsModule.TEAM);
        }
        return ApiResponse.ok(doc(scores(context).state()));
    }

    private ApiResponse score(ApiRequest request, PluginContext context) {
        UUID deal = PlaybookApi.uuid(request.pathParameter("id"))
                .orElseThrow(() -> ApiProblem.notFound("No such opportunity."));
        Optional<WinScores.Score> score = scores(context).score(deal);
        if (score.isEmpty()) {
            return ApiResponse.ok(new ScoreDoc(deal, false, "no model, too few closed deals, or a closed deal",
                    null, List.of(), List.of(), null, null));
        }
        WinScores.Score s = score.get();
        String stage = PlaybookApi.stageNames(context).getOrDefault(s.stageId(), "");
        ScoreWords words = new ScoreWords(context.locale());
        return ApiResponse.ok(new ScoreDoc(deal, true, null, s.probability(), s.raising().stream()
                .map(f -> new FactorDoc(f.feature(), words.factor(f, stage), f.effect())).toList(),
                s.lowering().stream().map(f -> new FactorDoc(f.feature(), words.factor(f, stage), f.effect()))
                        .toList(), s.trainedAt(), number(s.auc())));
    }

    private static WinModelDoc doc(WinScores.State state) {
        Optional<WinModel.Trained> model = state.model();
        HoldoutDoc holdout = model.map(m -> {
            WinModel.Holdout h = m.holdout();
            return new HoldoutDoc(h.cutoff(), h.trainDeals(), h.testDeals(), h.testExamples(), number(h.auc()),
                    number(h.brier()), number(h.calibrationError()), h.bins().stream()
                    .map(b -> new BinDoc(b.predicted(), b.observed(), b.n()))
                    .toList());
        }).orElse(null);
        List<WeightDoc> weights = new ArrayList<>();
        model.ifPresent(m -> {
            Features f = m.features();
            for (int j = 0; j < f.stages().size() - 1; j++) {
                weights.add(new WeightDoc("STAGE:" + f.stages().get(j + 1), m.fit().weights()[j]));
            }
            for (Features.Name name : Features.Name.values()) {
                weights.add(new WeightDoc(name.name(), m.fit().weights()[f.column(name)]));
            }
        });
        return new WinModelDoc(state.status().name(), state.deals(), state.won(), state.lost(),
                WinModel.MINIMUM_DEALS, WinModel.MINIMUM_EACH, state.startedAt().orElse(null),
                state.trainedAt().orElse(null), state.problem().orElse(null), holdout, weights);
    }

    /** JSON has no NaN. */
    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static WinScores scores(PluginContext context) {
        return new WinScores(context, Clock.systemUTC());
    }
}
