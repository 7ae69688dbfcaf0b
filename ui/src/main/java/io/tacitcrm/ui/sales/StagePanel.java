package io.tacitcrm.ui.sales;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.domain.StageShortfall;
import io.tacitcrm.sales.service.CloseReasons;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import io.tacitcrm.sales.service.SalesProcessService;
import io.tacitcrm.sales.service.StageView;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.Problems;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * An opportunity's stage: the guidance of its current stage, a move to another (checked against that stage's
 * requirements, with what is still missing shown before and after trying), and the history of its moves.
 */
public class StagePanel extends VerticalLayout {

    public StagePanel(OpportunityService opportunities, SalesProcessService process, CloseReasons reasons,
            OpportunityView o, Runnable onMoved) {
        setPadding(false);
        var active = process.current().active();
        add(new H4(getTranslation("opportunity.stage") + ": " + o.stageName()));
        active.stream().filter(s -> s.id().equals(o.stage())).map(s -> s.definition().guidance()).filter(g
                -> !g.isBlank())
                .findFirst().ifPresent(g -> {
                    Span guidance = new Span(g);
                    guidance.addClassName("tacit-facts");
                    add(guidance);
                });
        Select<StageView> target = new Select<>();
        target.setItems(active.stream().filter(s -> !s.id().equals(o.stage())).toList());
        target.setItemLabelGenerator(s -> s.definition().name());
        target.setPlaceholder(getTranslation("stage.choose"));
        target.setId("stage-target");
        Div message = new Div();
        message.setId("stage-message");
        target.addValueChangeListener(e -> {
            message.removeClassName("tacit-form-error");
            var shortfalls = e.getValue() == null ? List.<StageShortfall>of()
                    : opportunities.unmetFor(o.id(), e.getValue().id());
            message.setText(shortfalls.isEmpty() ? "" : Problems.requirements(this,
                    e.getValue().definition().name(), shortfalls));
        });
        Button move = new Button(getTranslation("stage.move"), e -> {
            if (target.getValue() == null) {
                return;
            }
            StageView to = target.getValue();
            StageKind kind = to.definition().kind();
            if (kind != StageKind.OPEN) {
                // closing asks why first; the dialog tells a refusal of the move
                new CloseDealDialog(o.details().name(), to.definition().name(), kind, reasons.of(kind),
                        form -> opportunities.moveToStage(o.id(), to.id(), ExpectedVersion.of(o.version()),
                                form.outcome()), () -> {
                                    onMoved.run();
                                    findAncestor(Dialog.class).close();
                                }).open();
                return;
            }
            try {
                opportunities.moveToStage(o.id(), to.id(), ExpectedVersion.of(o.version()));
                onMoved.run();
                findAncestor(Dialog.class).close();
            } catch (DomainException ex) {
                Problems.show(ex, Map.of(), message);
            }
        });
        move.setId("stage-move");
        HorizontalLayout row = new HorizontalLayout(target, move);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row, message);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(BrowserZone.current(getLocale()));
        opportunities.history(o.id()).reversed().forEach(m -> {
            Span line = new Span(times.format(m.at()) + " · " + m.fromName().map(f -> f + " → ").orElse("")
                    + m.toName() + " · " + m.byName());
            line.addClassName("tacit-facts");
            add(line);
        });
    }
}
