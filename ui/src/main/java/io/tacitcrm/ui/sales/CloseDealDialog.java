package io.tacitcrm.ui.sales;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.service.CloseOutcome;
import io.tacitcrm.sales.service.CloseReasonView;
import io.tacitcrm.ui.shell.FormDialog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Closing a deal asks why: a reason from the company's list for won (or lost) deals, and the competitor it was won
 * against or lost to. The move itself may still be refused (a stage on the way not met): told in the dialog.
 */
public final class CloseDealDialog extends FormDialog<CloseForm> {

    /**
     * @param stageName the won or lost stage the deal moves to
     * @param close moves the deal with the outcome given
     */
    public CloseDealDialog(String dealName, String stageName, StageKind kind, List<CloseReasonView> reasons,
            Save<CloseForm> close, Runnable onClosed) {
        super(CloseForm.class, "close", kind == StageKind.WON ? "close.won" : "close.lost", close, onClosed);
        setHeaderTitle(getTranslation("close.title", dealName, stageName));
        setWidth("min(28em, 95vw)");
        Map<UUID, String> labels = reasons.stream().collect(Collectors.toMap(CloseReasonView::id,
                CloseReasonView::label));
        ComboBox<UUID> reason = new ComboBox<>(getTranslation(kind == StageKind.WON ? "close.reason.won"
                : "close.reason.lost"), reasons.stream().map(CloseReasonView::id).toList());
        reason.setItemLabelGenerator(id -> labels.getOrDefault(id, ""));
        reason.setId("close-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(!reasons.isEmpty());
        binder.forField(reason).bind("closeReasonId");
        TextField competitor = new TextField(getTranslation(kind == StageKind.WON ? "close.competitor.won"
                : "close.competitor.lost"));
        competitor.setId("close-competitor");
        competitor.setWidthFull();
        limited(competitor, CloseOutcome.COMPETITOR_MAX).bind("competitor");
        setForm(new VerticalLayout(reason, competitor));
        edit(CloseForm.blank());
        addOpenedChangeListener(e -> reason.focus());
    }
}
