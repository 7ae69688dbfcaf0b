package io.tacitcrm.ui.sales;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.domain.StageShortfall;
import io.tacitcrm.sales.domain.UnmetRequirement;
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
import java.util.UUID;

/**
 * An opportunity's stage: the guidance of its current stage, a move to another (checked against that stage's
 * requirements, with what is still missing shown before and after trying), and the history of its moves.
 */
public class StagePanel extends VerticalLayout {

    /** Links footprints left on the customer alone to the deal, so that they count for its stages. */
    @FunctionalInterface
    public interface FootprintLinker {
        void link(UUID footprint, OpportunityId deal);
    }

    public StagePanel(OpportunityService opportunities, SalesProcessService process, CloseReasons reasons,
            FootprintLinker linker, OpportunityView o, Runnable onMoved) {
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
        Div links = new Div();
        links.setId("stage-links");
        Runnable preview = () -> {
            message.removeClassName("tacit-form-error");
            links.removeAll();
            StageView to = target.getValue();
            var shortfalls = to == null ? List.<StageShortfall>of() : opportunities.unmetFor(o.id(), to.id());
            message.setText(shortfalls.isEmpty() ? "" : Problems.requirements(this, to.definition().name(),
                    shortfalls));
            shortfalls.stream().flatMap(s -> s.unmet().stream()).filter(u -> !u.unlinked().isEmpty())
                    .forEach(u -> links.add(linkButton(u, o, linker, target)));
        };
        target.addValueChangeListener(e -> preview.run());
        Button move = new Button(getTranslation("stage.move"), e -> {
            if (target.getValue() == null) {
                return;
            }
            StageView to = target.getValue();
            StageKind kind = to.definition().kind();
            if (kind != StageKind.OPEN) {
                // closing asks why first; the dialog tells a refusal of the move
                DealClosing.ask(opportunities, reasons, o, to, () -> {
                    findAncestor(Dialog.class).close();
                    onMoved.run();
                });
                return;
            }
            try {
                opportunities.moveToStage(o.id(), to.id(), ExpectedVersion.of(o.version()));
                // closed before the opener refreshes: a refresh may open the deal anew (a link to it)
                findAncestor(Dialog.class).close();
                onMoved.run();
            } catch (DomainException ex) {
                Problems.show(ex, Map.of(), message);
            }
        });
        move.setId("stage-move");
        HorizontalLayout row = new HorizontalLayout(target, move);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row, message, links);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(BrowserZone.current(getLocale()));
        opportunities.history(o.id()).reversed().forEach(m -> {
            Span line = new Span(times.format(m.at()) + " · " + m.fromName().map(f -> f + " → ").orElse("")
                    + m.toName() + " · " + m.byName());
            line.addClassName("tacit-facts");
            add(line);
        });
    }

    /**
     * "Link the latest visit on the customer to this deal": the newest footprints the requirement still lacks, from
     * those left on the customer alone; the preview is then worked out again.
     */
    private Button linkButton(UnmetRequirement unmet, OpportunityView o, FootprintLinker linker,
            Select<StageView> target) {
        var required = unmet.activity().orElseThrow();
        List<UUID> newest = unmet.unlinked().stream().limit(Math.max(1, required.min() - unmet.have())).toList();
        Button link = new Button(getTranslation("stage.link-footprints", newest.size(),
                getTranslation("activity.type." + required.type())), VaadinIcon.LINK.create(), e -> {
                    newest.forEach(f -> linker.link(f, o.id()));
                    StageView chosen = target.getValue();
                    target.clear();
                    target.setValue(chosen);
                });
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        link.addClassName("stage-link");
        return link;
    }
}
