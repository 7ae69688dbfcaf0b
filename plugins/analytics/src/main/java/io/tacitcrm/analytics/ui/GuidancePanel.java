package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.analytics.playbook.Guidance;
import io.tacitcrm.analytics.playbook.Playbook;
import io.tacitcrm.analytics.playbook.RuleWords;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.api.ui.RecordPanel;
import io.tacitcrm.api.web.ApiProblem;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * The deal's playbook checklist: each rule of its stage met, due by a date, open or missed (gates marked), and the
 * next actions in order.
 */
@Extension
public class GuidancePanel implements RecordPanel {

    @Override
    public boolean appliesTo(RecordType type) {
        return type == RecordType.OPPORTUNITY;
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("guidance.title");
    }

    @Override
    public Component create(RecordRef record, PluginContext context) {
        Texts texts = new Texts(context.locale());
        Div panel = new Div();
        panel.setId("playbook-guidance");
        Guidance.Report report;
        try {
            report = Guidance.of(context).of(record.id(), Clock.systemUTC().instant());
        } catch (ApiProblem notVisible) {
            panel.add(new Span(texts.get("guidance.none")));
            return panel;
        }
        if (report.stageId().isEmpty()) {
            panel.add(new Span(texts.get("guidance.closed")));
            return panel;
        }
        panel.add(WinChance.of(context, record.id(), texts));
        if (report.playbook().isEmpty() || report.checks().isEmpty()) {
            panel.add(new Span(texts.get(report.playbook().isEmpty() ? "guidance.no-playbook"
                    : "guidance.no-rules")));
            return panel;
        }
        Map<UUID, String> stages = context.figures().stages().stream()
                .collect(Collectors.toMap(Stage::id, Stage::name));
        String stage = stages.getOrDefault(report.stageId().get(), "");
        RuleWords words = new RuleWords(context.locale(), context.labels());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(context.locale())
                .withZone(context.zone());
        Playbook playbook = report.playbook().get();
        panel.add(new H4(texts.get("guidance.heading", stage, playbook.version().orElse(0))));
        UnorderedList checks = new UnorderedList();
        checks.getStyle().set("list-style", "none").set("padding-left", "0");
        for (Guidance.Check check : report.checks()) {
            Span state = new Span(texts.get("guidance.state." + check.state().name()));
            state.getElement().getThemeList().add("badge " + theme(check.state()));
            state.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
            ListItem item = new ListItem(state, new Span(words.body(check.rule())));
            check.dueBy().ifPresent(due -> item.add(new Span(" · " + texts.get("guidance.due", dates.format(due)))));
            if (check.rule().gate()) {
                Span gate = new Span(texts.get("guidance.gate"));
                gate.getElement().getThemeList().add("badge contrast small");
                gate.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                item.add(gate);
            }
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            checks.add(item);
        }
        panel.add(checks);
        if (!report.nextActions().isEmpty()) {
            panel.add(new H4(texts.get("guidance.next")));
            OrderedList next = new OrderedList();
            next.setId("playbook-next-actions");
            report.nextActions().forEach(c -> next.add(new ListItem(words.body(c.rule())
                    + c.dueBy().map(d -> texts.get("guidance.next.due", texts.get("guidance.due", dates.format(d))))
                    .orElse(""))));
            panel.add(next);
        }
        return panel;
    }

    private static String theme(Guidance.State state) {
        return switch (state) {
            case MET -> "success";
            case DUE -> "";
            case OPEN -> "contrast";
            case MISSED -> "error";
        };
    }
}
