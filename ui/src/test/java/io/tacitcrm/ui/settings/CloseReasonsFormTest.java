package io.tacitcrm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.service.CloseReasonDraft;
import io.tacitcrm.sales.service.CloseReasonView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloseReasonsFormTest {

    private final CloseReasonView wonPrice = new CloseReasonView(UUID.randomUUID(), StageKind.WON, "Price");
    private final CloseReasonView lostPrice = new CloseReasonView(UUID.randomUUID(), StageKind.LOST, "Price");

    @Test
    void each_line_is_a_reason_and_a_line_kept_keeps_its_reason_whatever_its_case() {
        List<CloseReasonView> current = List.of(wonPrice, lostPrice);
        CloseReasonsForm form = CloseReasonsForm.of(current);
        assertEquals("Price", form.won());

        List<CloseReasonDraft> drafts = new CloseReasonsForm("price\r\n\n  Service  ", "Timing").drafts(current);

        assertEquals(List.of(new CloseReasonDraft(Optional.of(wonPrice.id()), StageKind.WON, "price"),
                new CloseReasonDraft(Optional.empty(), StageKind.WON, "Service"),
                new CloseReasonDraft(Optional.empty(), StageKind.LOST, "Timing")), drafts);
    }
}
