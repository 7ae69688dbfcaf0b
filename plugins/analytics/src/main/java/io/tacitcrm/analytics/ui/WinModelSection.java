package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.analytics.score.WinModel;
import io.tacitcrm.analytics.score.WinScores;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.web.ApiProblem;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The win model for managers: its state, a button to train it now, and how it did on the latest fifth of the closed
 * deals — how often it ranked a won deal above a lost one (AUC), its Brier score, and its calibration bin by bin.
 */
final class WinModelSection {

    private final PluginContext context;
    private final Texts texts;
    private final WinScores scores;
    private final Div content = new Div();

    WinModelSection(PluginContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
        this.scores = new WinScores(context, Clock.systemUTC());
    }

    Component component() {
        Details details = new Details(texts.get("model.title"), content);
        details.setId("win-model");
        details.setWidthFull();
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                render();
            }
        });
        return details;
    }

    /** A figure, or a dash where the holdout could not tell (all later deals won, or all lost). */
    private String figure(double value, String format) {
        return Double.isNaN(value) ? "–" : String.format(context.locale(), format, value);
    }

    private void render() {
        content.removeAll();
        WinScores.State state = scores.state();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.locale()).withZone(context.zone());
        content.add(new Div(new Span(texts.get("model.status." + state.status().name(),
                state.trainedAt().map(dates::format).orElse("–"), state.deals(), state.won(), state.lost(),
                WinModel.MINIMUM_DEALS, WinModel.MINIMUM_EACH))));
        Button train = new Button(texts.get("model.train"), e -> {
            try {
                scores.start();
            } catch (ApiProblem busy) {
                // already training: the state below says so
            }
            render();
        });
        train.setId("win-model-train");
        train.setEnabled(state.status() != WinScores.Status.TRAINING);
        Button refresh = new Button(texts.get("model.refresh"), e -> render());
        content.add(new Div(train, refresh));
        state.model().ifPresent(model -> {
            WinModel.Holdout h = model.holdout();
            content.add(new Div(new Span(texts.get("model.holdout", h.testDeals(), dates.format(h.cutoff()),
                    figure(h.auc(), "%.2f"), figure(h.brier(), "%.3f"), figure(h.calibrationError(), "%.3f")))));
            Grid<WinModel.Bin> bins = Section.grid("win-model-bins", h.bins());
            Formats formats = new Formats(context.locale());
            bins.addColumn(b -> formats.percent(b.predicted())).setHeader(texts.get("model.col.predicted"));
            bins.addColumn(b -> formats.percent(b.observed())).setHeader(texts.get("model.col.observed"));
            bins.addColumn(b -> String.format(Locale.ROOT, "%,d", b.n())).setHeader(texts.get("model.col.n"));
            content.add(bins);
        });
    }
}
