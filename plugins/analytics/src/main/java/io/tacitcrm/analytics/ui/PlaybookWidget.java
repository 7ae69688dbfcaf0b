package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.analytics.playbook.Guidance;
import io.tacitcrm.analytics.playbook.Playbook;
import io.tacitcrm.analytics.playbook.Playbooks;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.DealHistory;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.records.OpportunityRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/** A home-page card for managers: the open deals that missed a rule of their stage's playbook, most misses first. */
@Extension
public class PlaybookWidget extends TeamCard {

    private static final int SHOWN = 8;

    /** A deal and how many of its stage's rules it missed. */
    private record Missing(DealHistory deal, long missed) {
    }

    public PlaybookWidget() {
        super("playbook-misses", "widget.playbook.title");
    }

    @Override
    public Component create(PluginContext context) {
        Texts texts = new Texts(context.locale());
        Div card = new Div();
        card.setId("playbook-widget");
        Anchor all = new Anchor(context.viewPath(PlaybookView.VIEW), texts.get("widget.playbook.open"));
        List<Playbook> published = new Playbooks(context, Clock.systemUTC()).published();
        if (published.isEmpty()) {
            // nothing to check the deals against: no need to read every open deal's history
            card.add(new Div(new Span(texts.get("widget.playbook.no-playbook"))), all);
            return card;
        }
        Guidance guidance = Guidance.of(context, published);
        Instant now = Clock.systemUTC().instant();
        List<Missing> missing = new ArrayList<>();
        long open = context.figures().openDeals(Owners.visible(), deal -> {
            long missed = guidance.of(deal, now).checks().stream()
                    .filter(c -> c.state() == Guidance.State.MISSED).count();
            if (missed > 0) {
                missing.add(new Missing(deal, missed));
            }
        });
        if (missing.isEmpty()) {
            card.add(new Div(new Span(texts.get("widget.playbook.none", open))), all);
            return card;
        }
        card.add(new Div(new Span(texts.get("widget.playbook.summary", missing.size(), open))));
        List<Missing> worst = missing.stream().sorted(Comparator.comparingLong(Missing::missed).reversed())
                .limit(SHOWN).toList();
        Map<UUID, OpportunityRecord> records = context.opportunities().find(worst.stream()
                .map(m -> m.deal().opportunityId()).toList()).stream()
                .collect(Collectors.toMap(OpportunityRecord::id, Function.identity()));
        UnorderedList list = new UnorderedList();
        for (Missing m : worst) {
            OpportunityRecord record = records.get(m.deal().opportunityId());
            if (record != null) {
                list.add(new ListItem(new Anchor(context.links().opportunity(record.customerId(), record.id()),
                        record.name()), new Span(" · " + record.ownerName() + " · "
                        + texts.get("widget.playbook.missed", m.missed()))));
            }
        }
        card.add(list, all);
        return card;
    }
}
