package io.tacitcrm.analytics.score;

import io.tacitcrm.analytics.AnalyticsModule;
import io.tacitcrm.analytics.playbook.DealTrail;
import io.tacitcrm.analytics.playbook.Trails;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.DealHistory;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.api.web.ApiProblem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Win chances for one caller: the company's model trained in the background on its closed deals of the last two
 * years, its state and holdout figures, and one open deal's chance with the factors that raise and lower it.
 */
public final class WinScores {

    /** How far back the model learns. */
    static final Duration HISTORY = Duration.ofDays(730);
    /** A training that started longer ago than this and never finished is taken for dead and may be restarted. */
    private static final Duration STALE = Duration.ofMinutes(15);
    private static final double NOTEWORTHY = 0.05;
    private static final int FACTORS = 3;

    public enum Status {
        TRAINING, READY, TOO_FEW, FAILED, NONE
    }

    public record State(Status status, Optional<WinModel.Trained> model, int deals, int won, int lost,
                        Optional<String> problem, Optional<Instant> startedAt, Optional<Instant> trainedAt) {
    }

    /** One factor of a deal's chance: the feature, the deal's value of it, and its push on the log-odds. */
    public record Factor(String feature, double value, double effect) {
    }

    /** A deal's chance in the stage it stands in, the factors raising and lowering it. */
    public record Score(UUID opportunityId, UUID stageId, double probability, List<Factor> raising,
                        List<Factor> lowering, Instant trainedAt, double auc) {
    }

    private final PluginContext context;
    private final Clock clock;

    public WinScores(PluginContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    public State state() {
        return context.database().inTransaction(this::read);
    }

    /** Starts a training in the background; a 409 while one is running. */
    public State start() {
        context.user().filter(u -> !u.has(AnalyticsModule.TEAM)).ifPresent(u -> {
            throw ApiProblem.forbidden(AnalyticsModule.TEAM);
        });
        Instant now = clock.instant();
        State started = context.database().inTransaction(c -> {
            State current = read(c);
            if (current.status() == Status.TRAINING && current.startedAt().orElse(now).isAfter(now.minus(STALE))) {
                throw ApiProblem.conflict("win-model.training", "The model is being trained already.");
            }
            try (PreparedStatement s = c.prepareStatement("insert into win_model (tenant_id, status, started_at)"
                    + " values (?, 'TRAINING', ?) on conflict (tenant_id) do update set status = 'TRAINING',"
                    + " started_at = excluded.started_at, problem = null")) {
                s.setObject(1, tenant());
                s.setTimestamp(2, Timestamp.from(now));
                s.executeUpdate();
            }
            return read(c);
        });
        context.background().start("train-win-model", background -> new WinScores(background, clock).train());
        return started;
    }

    /** Trains on the closed deals the context may open and keeps the model (or why there is none). */
    void train() {
        Instant now = clock.instant();
        List<UUID> open = openStages();
        WinModel model = new WinModel(open);
        Set<UUID> openSet = Set.copyOf(open);
        try {
            context.figures().closedDeals(Owners.visible(), now.minus(HISTORY), now, deal -> model.add(
                    Trails.of(deal, openSet, now), deal.closedAt().orElse(now)));
            WinModel.Result result = model.train();
            keep(result.model().map(m -> Status.READY).orElse(Status.TOO_FEW), result.model().map(ModelText::write),
                    result.counts(), Optional.empty());
        } catch (RuntimeException e) {
            keep(Status.FAILED, Optional.empty(), new WinModel.Counts(0, 0, 0),
                    Optional.of(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    /** Keeps the outcome: a new model; none when too few deals; the previous one when the training failed. */
    private void keep(Status status, Optional<String> text, WinModel.Counts counts, Optional<String> problem) {
        context.database().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "update win_model set status = ?, model = case when ? then ? else model end,"
                    + " deals = ?, won = ?, lost = ?, problem = ?, trained_at = case when ? then ? else trained_at end"
                    + " where tenant_id = ?")) {
                boolean trained = status != Status.FAILED;
                s.setString(1, status.name());
                s.setBoolean(2, trained);
                s.setString(3, status == Status.READY ? text.orElse(null) : null);
                s.setInt(4, counts.deals());
                s.setInt(5, counts.won());
                s.setInt(6, counts.lost());
                s.setString(7, problem.orElse(null));
                s.setBoolean(8, trained);
                s.setTimestamp(9, Timestamp.from(clock.instant()));
                s.setObject(10, tenant());
                return s.executeUpdate();
            }
        });
    }

    /** The open deal's chance; empty while there is no model, or for a closed deal. A 404 for a hidden deal. */
    public Optional<Score> score(UUID opportunityId) {
        DealHistory deal = context.figures().history(opportunityId)
                .orElseThrow(() -> ApiProblem.notFound("No such opportunity."));
        State state = state();
        if (deal.outcome() != Outcome.OPEN || state.model().isEmpty()) {
            return Optional.empty();
        }
        return score(deal, state.model().get(), state.trainedAt().orElse(clock.instant()));
    }

    Optional<Score> score(DealHistory deal, WinModel.Trained model, Instant trainedAt) {
        Instant now = clock.instant();
        DealTrail trail = Trails.of(deal, Set.copyOf(model.features().stages()), now);
        if (trail.stays().isEmpty()) {
            return Optional.empty();
        }
        Features features = model.features();
        double[] x = features.of(trail, trail.stays().size() - 1, model.ownerWins(), model.typicalWins());
        List<Factor> factors = new ArrayList<>();
        double stage = 0;
        for (int j = 0; j < features.stages().size() - 1; j++) {
            stage += model.fit().contribution(x, j);
        }
        factors.add(new Factor("STAGE", features.stages().indexOf(trail.stays().getLast().stageId()), stage));
        for (Features.Name name : Features.Name.values()) {
            int j = features.column(name);
            factors.add(new Factor(name.name(), x[j], model.fit().contribution(x, j)));
        }
        List<Factor> raising = factors.stream().filter(f -> f.effect() >= NOTEWORTHY)
                .sorted(Comparator.comparingDouble(Factor::effect).reversed()).limit(FACTORS).toList();
        List<Factor> lowering = factors.stream().filter(f -> f.effect() <= -NOTEWORTHY)
                .sorted(Comparator.comparingDouble(Factor::effect)).limit(FACTORS).toList();
        return Optional.of(new Score(deal.opportunityId(), trail.stays().getLast().stageId(), model.probability(x),
                raising, lowering, trainedAt, model.holdout().auc()));
    }

    private List<UUID> openStages() {
        return context.figures().stages().stream().filter(s -> s.outcome() == Outcome.OPEN && !s.retired())
                .sorted(Comparator.comparingInt(Stage::position)).map(Stage::id).collect(Collectors.toList());
    }

    private State read(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select status, model, deals, won, lost, problem, started_at,"
                + " trained_at from win_model where tenant_id = ?")) {
            s.setObject(1, tenant());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return new State(Status.NONE, Optional.empty(), 0, 0, 0, Optional.empty(), Optional.empty(),
                            Optional.empty());
                }
                return new State(Status.valueOf(r.getString(1)), ModelText.read(r.getString(2)), r.getInt(3),
                        r.getInt(4), r.getInt(5), Optional.ofNullable(r.getString(6)),
                        Optional.ofNullable(r.getTimestamp(7)).map(Timestamp::toInstant),
                        Optional.ofNullable(r.getTimestamp(8)).map(Timestamp::toInstant));
            }
        }
    }

    private UUID tenant() {
        return context.tenant().id();
    }
}
