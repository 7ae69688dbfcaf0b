package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.analytics.score.ScoreWords;
import io.tacitcrm.analytics.score.WinModel;
import io.tacitcrm.analytics.score.WinScores;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Stage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The deal's chance to be won, with what raises and lowers it; where there is no model, why. */
final class WinChance {

    private WinChance() {
    }

    static Component of(PluginContext context, UUID deal, Texts texts) {
        Div box = new Div();
        box.setId("win-chance");
        Optional<WinScores.Score> score = new WinScores(context, Clock.systemUTC()).score(deal);
        if (score.isEmpty()) {
            Span none = new Span(texts.get("score.none", WinModel.MINIMUM_DEALS, WinModel.MINIMUM_EACH));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            box.add(none);
            return box;
        }
        WinScores.Score s = score.get();
        ScoreWords words = new ScoreWords(context.locale());
        String stage = context.figures().stages().stream().filter(st -> st.id().equals(s.stageId())).findFirst()
                .map(Stage::name).orElse("");
        box.add(new H4(texts.get("score.title", words.probability(s.probability()))));
        factors(box, texts.get("score.raises"), s.raising(), words, stage, "success");
        factors(box, texts.get("score.lowers"), s.lowering(), words, stage, "error");
        return box;
    }

    private static void factors(Div box, String heading, List<WinScores.Factor> factors, ScoreWords words,
                                String stage, String theme) {
        if (factors.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (WinScores.Factor factor : factors) {
            Span mark = new Span(factor.effect() > 0 ? "+" : "−");
            mark.getElement().getThemeList().add("badge small " + theme);
            mark.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
            list.add(new ListItem(mark, new Span(words.factor(factor, stage))));
        }
        list.getStyle().set("list-style", "none").set("padding-left", "0").set("margin", "0");
        box.add(new Div(new Span(heading)), list);
    }
}
