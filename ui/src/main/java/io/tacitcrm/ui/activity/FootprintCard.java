package io.tacitcrm.ui.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.service.ActivityView;
import java.time.format.DateTimeFormatter;

/**
 * One footprint of one's plan as a card that reads on a phone: when, what, at which customer, about what; a planned
 * one has "done" and "reschedule" at hand.
 */
final class FootprintCard extends Div {

    /** What a planned footprint's buttons do. */
    interface Actions {
        void done(ActivityView footprint);

        void reschedule(ActivityView footprint);
    }

    FootprintCard(ActivityView footprint, String customer, DateTimeFormatter when, Actions actions) {
        addClassName("tacit-footprint");
        var d = footprint.details();
        boolean planned = d.status() == ActivityStatus.PLANNED;
        if (planned) {
            addClassName("tacit-footprint-planned");
        }
        Span meta = new Span(when.format(d.occurredAt()) + " · " + getTranslation("activity.type." + d.type())
                + " · " + getTranslation("activity.status." + d.status()));
        meta.addClassName("tacit-card-meta");
        Anchor at = new Anchor("customers/" + footprint.links().account(), customer);
        Span subject = new Span(d.subject());
        subject.addClassName("tacit-card-name");
        add(meta, subject, at);
        d.outcome().ifPresent(outcome -> {
            Span result = new Span(outcome);
            result.addClassName("tacit-facts");
            add(result);
        });
        d.location().ifPresent(point -> add(Positions.mapLink(point, this)));
        if (planned) {
            Button done = new Button(getTranslation("myday.done.action"), VaadinIcon.CHECK.create(),
                    e -> actions.done(footprint));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            done.addClassName("footprint-done");
            Button later = new Button(getTranslation("myday.reschedule.action"), VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> actions.reschedule(footprint));
            later.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            later.addClassName("footprint-reschedule");
            add(new HorizontalLayout(done, later));
        }
    }
}
