package io.tacitcrm.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.tacitcrm.home.domain.SetupProgress;
import io.tacitcrm.home.domain.SetupStep;
import java.util.Locale;

/** A new company's first steps, each linked to its page and ticked once taken. */
final class SetupCard {

    private SetupCard() {
    }

    /** Loading and removing the sample data, as the home page does them. */
    interface Samples {
        int loaded();

        void load();

        void remove();
    }

    static Component of(SetupProgress progress, CoreCards.Words words, Samples samples) {
        int steps = SetupStep.values().length;
        Span summary = new Span(words.get("setup.progress", progress.done().size(), steps));
        summary.setId("setup-progress");
        ProgressBar bar = new ProgressBar(0, steps, progress.done().size());
        Div card = new Div(summary, bar);
        card.addClassName("tacit-setup");
        for (SetupStep step : SetupStep.values()) {
            boolean done = progress.isDone(step);
            Icon mark = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            mark.addClassName(done ? "tacit-setup-done" : "tacit-setup-open");
            Anchor open = new Anchor(step.link(), words.get("setup.step." + step.name()));
            Span hint = new Span(words.get("setup.hint." + step.name()));
            hint.addClassName("tacit-facts");
            Div row = new Div(mark, new Div(open, hint));
            row.addClassName("tacit-setup-step");
            row.setId("setup-" + step.name().toLowerCase(Locale.ROOT));
            row.getElement().setAttribute("data-done", Boolean.toString(done));
            card.add(row);
        }
        card.add(sampleRow(words, samples));
        return card;
    }

    /** Sample data to try things on, or — once loaded — the way to remove it again. */
    private static Component sampleRow(CoreCards.Words words, Samples samples) {
        int loaded = samples.loaded();
        Span text = new Span(loaded > 0 ? words.get("setup.sample.loaded", loaded) : words.get("setup.sample.text"));
        text.addClassName("tacit-facts");
        Button action = loaded > 0
                ? new Button(words.get("setup.sample.remove"), VaadinIcon.TRASH.create(), e -> samples.remove())
                : new Button(words.get("setup.sample.load"), VaadinIcon.MAGIC.create(), e -> samples.load());
        action.addThemeVariants(ButtonVariant.LUMO_SMALL, loaded > 0 ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_PRIMARY);
        action.setId(loaded > 0 ? "sample-remove" : "sample-load");
        Div row = new Div(text, action);
        row.addClassName("tacit-setup-sample");
        return row;
    }
}
