package io.tacitcrm.ui.sales;

import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.sales.service.CloseReasons;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import io.tacitcrm.sales.service.StageView;

/** Moving a deal into a won or lost stage, from the board or the deal's panel: the dialog asking why, then the move. */
final class DealClosing {

    private DealClosing() {
    }

    static void ask(OpportunityService opportunities, CloseReasons reasons, OpportunityView deal, StageView stage,
            Runnable onClosed) {
        var kind = stage.definition().kind();
        new CloseDealDialog(deal.details().name(), stage.definition().name(), kind, reasons.of(kind),
                form -> opportunities.moveToStage(deal.id(), stage.id(), ExpectedVersion.of(deal.version()),
                        form.outcome()), onClosed).open();
    }
}
