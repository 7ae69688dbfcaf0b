package io.tacitcrm.ui.settings;

import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.sales.domain.ActivityRequirement;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.OpportunityField;
import io.tacitcrm.sales.domain.StageDefinition;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.domain.StageRequirements;
import io.tacitcrm.sales.service.StageSubmission;
import io.tacitcrm.sales.service.StageView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A stage while the administrator edits the process: plain mutable fields, turned into a submission on save. */
final class StageDraft {

    /** One "at least N done TYPE (with a ROLE contact)" line of the editor. */
    static final class ActivityLine {
        ActivityType type = ActivityType.VISIT;
        int min = 1;
        Optional<DecisionRole> role = Optional.empty();
        /** Whether the customer's footprints that no deal claims count too. */
        boolean onCustomer;
    }

    final Optional<StageId> id;
    String name = "";
    int probability = 50;
    StageKind kind = StageKind.OPEN;
    String guidance = "";
    Set<OpportunityField> fields = EnumSet.noneOf(OpportunityField.class);
    final List<ActivityLine> activities = new ArrayList<>();
    boolean skippable;

    StageDraft(Optional<StageId> id) {
        this.id = id;
    }

    static StageDraft of(StageView stage) {
        StageDraft draft = new StageDraft(Optional.of(stage.id()));
        StageDefinition d = stage.definition();
        draft.name = d.name();
        draft.probability = d.probability();
        draft.kind = d.kind();
        draft.guidance = d.guidance();
        draft.skippable = d.requirements().skippable();
        draft.fields = d.requirements().fields().isEmpty() ? EnumSet.noneOf(OpportunityField.class)
                : EnumSet.copyOf(d.requirements().fields());
        for (ActivityRequirement r : d.requirements().activities()) {
            ActivityLine line = new ActivityLine();
            line.type = r.type();
            line.min = r.min();
            line.role = r.contactRole();
            line.onCustomer = r.countsCustomerFootprints();
            draft.activities.add(line);
        }
        return draft;
    }

    StageSubmission toSubmission() {
        List<ActivityRequirement> required = activities.stream()
                .map(a -> new ActivityRequirement(a.type, Math.clamp(a.min, 1, ActivityRequirement.MAX), a.role,
                        a.onCustomer ? ActivityRequirement.Counted.ON_CUSTOMER : ActivityRequirement.Counted.ON_DEAL))
                        .toList();
        return new StageSubmission(id, new StageDefinition(name, probability, kind, guidance,
                new StageRequirements(fields, required, skippable)));
    }
}
