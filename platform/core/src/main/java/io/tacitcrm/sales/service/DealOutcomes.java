package io.tacitcrm.sales.service;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.sales.domain.CloseReason;
import io.tacitcrm.sales.domain.CloseReasonRepository;
import io.tacitcrm.sales.domain.StageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What closing a deal asks: a reason from the company's list of the stage's kind (when the list is not empty), and a
 * competitor of at most {@value CloseOutcome#COMPETITOR_MAX} characters if one is named.
 */
@ApplicationScoped
public class DealOutcomes {

    static final String REASON = "closeReasonId";
    static final String COMPETITOR = "competitor";

    private final CloseReasonRepository reasons;

    @Inject
    public DealOutcomes(CloseReasonRepository reasons) {
        this.reasons = reasons;
    }

    /** For CDI's proxy only. */
    protected DealOutcomes() {
        this(null);
    }

    /** The reason to record for a deal closing as {@code kind}; refuses a missing, unknown or foreign one. */
    public Optional<CloseReason> require(StageKind kind, CloseOutcome outcome) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.optional(errors, COMPETITOR, outcome.competitor(), CloseOutcome.COMPETITOR_MAX);
        List<CloseReason> listed = reasons.all().stream().filter(r -> r.kind() == kind && !r.retired()).toList();
        Optional<String> sent = outcome.reasonId().map(String::strip).filter(id -> !id.isEmpty());
        Optional<CloseReason> reason = sent.flatMap(id -> listed.stream()
                .filter(r -> r.id().toString().equals(id)).findFirst());
        if (sent.isEmpty() && !listed.isEmpty()) {
            errors.add(new FieldError(REASON, "close-reason.required", "say why the deal is "
                    + (kind == StageKind.WON ? "won" : "lost") + ": one of the company's reasons"));
        } else if (sent.isPresent() && reason.isEmpty()) {
            errors.add(new FieldError(REASON, "close-reason.unknown",
                    "is not one of the company's reasons for a " + kind.name().toLowerCase(Locale.ROOT) + " deal"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return reason;
    }

    /** Every reason's label by id, retired ones too (a closed deal keeps naming its reason). */
    public Map<UUID, String> labels() {
        return reasons.all().stream().collect(Collectors.toMap(CloseReason::id, CloseReason::label));
    }
}
