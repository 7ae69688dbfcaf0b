package io.tacitcrm.sales.service;

import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.sales.domain.SalesStage;
import io.tacitcrm.sales.domain.SalesStageRepository;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.sales.domain.StageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant's sales process, read by everyone and replaced as a whole by holders of {@code process.manage}. Stages
 * left out of a new process are retired, never deleted: opportunities in them stay where they are.
 */
@ApplicationScoped
@Transactional
public class SalesProcessService {

    public static final int MAX_STAGES = 30;
    static final String ENTITY = "process";

    private final SalesStageRepository stages;
    private final CurrentPrincipal caller;
    private final Audit audit;

    @Inject
    public SalesProcessService(SalesStageRepository stages, CurrentPrincipal caller, Audit audit) {
        this.stages = stages;
        this.caller = caller;
        this.audit = audit;
    }

    /** For CDI's proxy only. */
    protected SalesProcessService() {
        this(null, null, null);
    }

    public SalesProcess current() {
        List<SalesStage> all = stages.all();
        List<StageView> ordered = all.stream()
                .sorted(Comparator.comparing(SalesStage::retired).thenComparing(SalesStage::position))
                .map(StageView::of).toList();
        return new SalesProcess(ordered, all.stream().mapToLong(SalesStage::version).sum());
    }

    /** Replaces the process: the submitted stages in the given order; all broken rules are reported at once. */
    public SalesProcess replace(List<StageSubmission> submitted, ExpectedVersion expected) {
        caller.require().require(Permission.PROCESS_MANAGE);
        List<SalesStage> existing = stages.all();
        expected.check(existing.stream().mapToLong(SalesStage::version).sum(), ENTITY);
        Map<StageId, SalesStage> byId = existing.stream().collect(Collectors.toMap(SalesStage::id,
                Function.identity()));
        TextRules.throwIfAny(problems(submitted, byId));
        Set<StageId> kept = new HashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
            StageSubmission s = submitted.get(i);
            int position = i + 1;
            s.id().map(byId::get).ifPresentOrElse(stage -> stage.redefine(s.definition(), position),
                    () -> stages.add(new SalesStage(Ids.newId(), s.definition(), position)));
            s.id().ifPresent(kept::add);
        }
        List<String> retired = new ArrayList<>();
        existing.stream().filter(stage -> !kept.contains(stage.id()) && !stage.retired()).forEach(stage -> {
            stage.retire();
            retired.add(stage.id().toString());
        });
        stages.flush();
        audit.updated(ENTITY, caller.require().tenantId().value(), submitted.size() + " active stages"
                + (retired.isEmpty() ? "" : "; retired " + String.join(", ", retired)));
        return current();
    }

    private static List<FieldError> problems(List<StageSubmission> submitted, Map<StageId, SalesStage> byId) {
        List<FieldError> errors = new ArrayList<>();
        if (submitted.size() > MAX_STAGES) {
            errors.add(new FieldError("stages", "too-many", "a process has at most " + MAX_STAGES + " stages"));
        }
        Set<StageId> seenIds = new HashSet<>();
        Set<String> seenNames = new HashSet<>();
        Set<StageKind> kinds = EnumSet.noneOf(StageKind.class);
        for (int i = 0; i < submitted.size(); i++) {
            StageSubmission s = submitted.get(i);
            String prefix = "stages[" + i + "].";
            errors.addAll(s.definition().problems(prefix));
            s.id().ifPresent(id -> {
                if (!byId.containsKey(id)) {
                    errors.add(new FieldError(prefix + "id", "stage.unknown",
                            "is not a stage of this workspace's process"));
                } else if (!seenIds.add(id)) {
                    errors.add(new FieldError(prefix + "id", "duplicate", "appears twice"));
                }
            });
            if (!seenNames.add(s.definition().name().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(prefix + "name", "duplicate", "another stage has this name"));
            }
            if (s.definition().kind() != null) {
                kinds.add(s.definition().kind());
            }
        }
        if (!kinds.containsAll(EnumSet.allOf(StageKind.class))) {
            errors.add(new FieldError("stages", "kinds", "needs at least one OPEN, one WON and one LOST stage"));
        }
        return errors;
    }
}
