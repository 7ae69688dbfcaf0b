package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.util.UUID;

/** How many daily reports one author submitted in a range of days. */
@Beta
public record ReportTally(UUID authorId, int submitted) {
}
