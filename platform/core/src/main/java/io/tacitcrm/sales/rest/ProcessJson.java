package io.tacitcrm.sales.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.sales.domain.ActivityRequirement;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.OpportunityField;
import io.tacitcrm.sales.domain.StageDefinition;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.domain.StageRequirements;
import io.tacitcrm.sales.service.SalesProcess;
import io.tacitcrm.sales.service.StageSubmission;
import io.tacitcrm.sales.service.StageView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The sales process as the API reads and writes it: {@code {stages:[...]}}; retired stages are listed, flagged. */
public record ProcessJson(List<StageJson> stages) {

    /**
     * {@code counted}: ON_DEAL (default) counts footprints linked to the deal; ON_CUSTOMER also those on its customer
     * that no deal claims.
     */
    public record ActivityRequirementJson(String type, Integer min, String contactRole, String counted) {
    }

    /** {@code skippable}: a deal may move past this stage without meeting its requirements (entering it may not). */
    public record StageJson(String id, String name, Integer order, Integer probability, String kind, String guidance,
                            List<String> requiredFields, List<ActivityRequirementJson> requiredActivities,
                            Boolean retired, Boolean skippable) {
    }

    static ProcessJson of(SalesProcess process) {
        return new ProcessJson(process.stages().stream().map(ProcessJson::stage).toList());
    }

    private static StageJson stage(StageView s) {
        var d = s.definition();
        return new StageJson(s.id().toString(), d.name(), s.position(), d.probability(), d.kind().name(), d.guidance(),
                d.requirements().fields().stream().sorted().map(OpportunityField::jsonName).toList(),
                d.requirements().activities().stream().map(a -> new ActivityRequirementJson(a.type().name(), a.min(),
                        a.contactRole().map(Enum::name).orElse(null), a.counted().name())).toList(),
                s.retired(), d.requirements().skippable());
    }

    /**
     * The submitted stages, active ones only (a stage sent with {@code retired: true} is left out, so it is retired),
     * ordered by {@code order} when given, else as listed. Every malformed value is reported, with its stage's index.
     */
    List<StageSubmission> toSubmissions() {
        if (stages == null) {
            throw InvalidInputException.of("stages", "required", "must list the process's stages");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Indexed> parsed = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageJson s = stages.get(i);
            if (s == null || Boolean.TRUE.equals(s.retired())) {
                continue;
            }
            String prefix = "stages[" + i + "].";
            Optional<StageId> id = Optional.empty();
            if (s.id() != null && !s.id().isBlank()) {
                try {
                    id = Optional.of(new StageId(UUID.fromString(s.id().strip())));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(prefix + "id", "id.invalid", "must be a stage id"));
                }
            }
            Optional<StageKind> kind = BodyFields.parse(errors, prefix + "kind", s.kind(), StageKind.class);
            StageRequirements requirements = requirements(errors, prefix, s)
                    .skippable(Boolean.TRUE.equals(s.skippable()));
            int probability = s.probability() == null ? -1 : s.probability();
            parsed.add(new Indexed(s.order() == null ? i : s.order(), i,
                    new StageSubmission(id, new StageDefinition(s.name(), probability, kind.orElse(null), s.guidance(),
                            requirements))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed.stream().sorted(Comparator.comparingInt(Indexed::order).thenComparingInt(Indexed::index))
                .map(Indexed::submission).toList();
    }

    private record Indexed(int order, int index, StageSubmission submission) {
    }

    private static StageRequirements requirements(List<FieldError> errors, String prefix, StageJson s) {
        Set<OpportunityField> fields = EnumSet.noneOf(OpportunityField.class);
        for (String name : s.requiredFields() == null ? List.<String>of() : s.requiredFields()) {
            OpportunityField.fromJsonName(name == null ? "" : name.strip()).ifPresentOrElse(fields::add, () ->
                    errors.add(new FieldError(prefix + "requiredFields", "field.unknown",
                            "may name amount, closeDate, primaryContactId, nextStep")));
        }
        List<ActivityRequirement> activities = new ArrayList<>();
        List<ActivityRequirementJson> required = s.requiredActivities() == null ? List.of() : s.requiredActivities();
        if (required.size() > 10) {
            errors.add(new FieldError(prefix + "requiredActivities", "too-many",
                    "a stage has at most 10 activity requirements"));
        }
        for (int j = 0; j < required.size() && j < 10; j++) {
            ActivityRequirementJson r = required.get(j);
            String field = prefix + "requiredActivities[" + j + "].";
            if (r == null) {
                continue;
            }
            Optional<ActivityType> type = BodyFields.parse(errors, field + "type", r.type(), ActivityType.class);
            Optional<DecisionRole> role = BodyFields.parse(errors, field + "contactRole", r.contactRole(),
                    DecisionRole.class);
            Optional<ActivityRequirement.Counted> counted = BodyFields.parse(errors, field + "counted", r.counted(),
                    ActivityRequirement.Counted.class);
            int min = r.min() == null ? 1 : r.min();
            if (min < 1 || min > ActivityRequirement.MAX) {
                errors.add(new FieldError(field + "min", "range", "must be between 1 and " + ActivityRequirement.MAX));
            } else if (type.isEmpty()) {
                errors.add(new FieldError(field + "type", "required", "must name an activity type"));
            } else {
                activities.add(new ActivityRequirement(type.get(), min, role,
                        counted.orElse(ActivityRequirement.Counted.ON_DEAL)));
            }
        }
        return new StageRequirements(fields, activities);
    }
}
