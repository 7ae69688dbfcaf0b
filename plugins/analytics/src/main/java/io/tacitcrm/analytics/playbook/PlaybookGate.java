package io.tacitcrm.analytics.playbook;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.api.sales.StageGate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * The published rules marked as gates: a deal moves on to a later stage (or to won) only once it meets them in its
 * current stage. Giving a deal up as lost, or moving it back, is never held.
 */
@Extension
public class PlaybookGate implements StageGate {

    @Override
    public List<String> unmet(UUID opportunityId, UUID toStageId, PluginContext context) {
        // every stage move asks: a company whose playbooks gate nothing pays one small read, not the deal's history
        List<Playbook> published = new Playbooks(context, Clock.systemUTC()).published();
        if (published.stream().flatMap(p -> p.rules().stream()).noneMatch(PlaybookRule::gate)) {
            return List.of();
        }
        Map<UUID, Stage> stages = context.figures().stages().stream()
                .collect(Collectors.toMap(Stage::id, Function.identity()));
        Guidance.Report report = Guidance.of(context, published).of(opportunityId, Clock.systemUTC().instant());
        Optional<Stage> from = report.stageId().map(stages::get);
        Stage to = stages.get(toStageId);
        if (from.isEmpty() || to == null || to.outcome() == Outcome.LOST || to.position() <= from.get().position()) {
            return List.of();
        }
        RuleWords words = new RuleWords(context.locale(), context.labels());
        return report.checks().stream().filter(c -> c.rule().gate() && !c.gateMet())
                .map(c -> words.gate(from.get().name(), c.rule())).toList();
    }
}
