package io.tacitcrm.sales.service;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.sales.domain.CloseReason;
import io.tacitcrm.sales.domain.CloseReasonRepository;
import io.tacitcrm.sales.domain.StageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The company's lists of reasons deals are won and lost. Everyone reads them; those who manage the sales process
 * replace them as a whole: a reason left out is retired (closed deals keep naming it), never deleted.
 */
@ApplicationScoped
@Transactional
public class CloseReasons {

    /** Enough for any real list, short enough to pick from on a phone. */
    static final int MAX_PER_KIND = 20;

    private final CloseReasonRepository reasons;
    private final CurrentPrincipal caller;

    @Inject
    public CloseReasons(CloseReasonRepository reasons, CurrentPrincipal caller) {
        this.reasons = reasons;
        this.caller = caller;
    }

    /** For CDI's proxy only. */
    protected CloseReasons() {
        this(null, null);
    }

    /** The reasons on the lists, won ones first, each list in its order. */
    public List<CloseReasonView> current() {
        caller.require();
        return reasons.all().stream().filter(r -> !r.retired())
                .sorted(Comparator.comparing(CloseReason::kind).thenComparingInt(CloseReason::position))
                .map(CloseReasons::view).toList();
    }

    /** The reasons on the list of {@code kind}. */
    public List<CloseReasonView> of(StageKind kind) {
        return current().stream().filter(r -> r.kind() == kind).toList();
    }

    /** Replaces both lists; every problem is reported with the index of its entry ({@code reasons[3].label}). */
    public List<CloseReasonView> replace(List<CloseReasonDraft> drafts) {
        caller.require().require(Permission.PROCESS_MANAGE);
        Map<UUID, CloseReason> existing = new HashMap<>();
        reasons.all().forEach(r -> existing.put(r.id(), r));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<StageKind, Integer> counts = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            CloseReasonDraft d = drafts.get(i);
            String prefix = "reasons[" + i + "].";
            if (d.kind() == null || d.kind() == StageKind.OPEN) {
                errors.add(new FieldError(prefix + "kind", "close-reason.kind", "must be WON or LOST"));
                continue;
            }
            TextRules.required(errors, prefix + "label", d.label(), CloseReason.LABEL_MAX);
            String label = d.label() == null ? "" : d.label().strip();
            if (!label.isEmpty() && !seen.add(d.kind() + ":" + label.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(prefix + "label", "close-reason.duplicate", "is on the list twice"));
            }
            if (counts.merge(d.kind(), 1, Integer::sum) > MAX_PER_KIND) {
                errors.add(new FieldError(prefix + "kind", "close-reason.too-many",
                        "a list holds at most " + MAX_PER_KIND + " reasons"));
            }
            d.id().filter(id -> !existing.containsKey(id) || existing.get(id).kind() != d.kind()).ifPresent(id ->
                    errors.add(new FieldError(prefix + "id", "close-reason.unknown",
                            "is not a reason of this kind in this workspace")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<UUID> kept = new HashSet<>();
        Map<StageKind, Integer> positions = new HashMap<>();
        for (CloseReasonDraft d : drafts) {
            int position = positions.merge(d.kind(), 1, Integer::sum);
            String label = d.label().strip();
            Optional<CloseReason> same = d.id().map(existing::get);
            if (same.isPresent()) {
                same.get().keep(label, position);
                kept.add(same.get().id());
            } else {
                reasons.add(new CloseReason(Ids.newId(), d.kind(), label, position));
            }
        }
        existing.values().stream().filter(r -> !kept.contains(r.id())).forEach(CloseReason::retire);
        return current();
    }

    private static CloseReasonView view(CloseReason r) {
        return new CloseReasonView(r.id(), r.kind(), r.label());
    }
}
