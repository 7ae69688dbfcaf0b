package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.LimitExceededException;
import io.tacitcrm.sales.domain.RequirementsUnmetException;
import io.tacitcrm.sales.domain.StageShortfall;
import io.tacitcrm.sales.domain.UnmetRequirement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shows what a service refused, in the user's language: field errors next to their fields, the rest (and unmet stage
 * requirements, one per line) in the form's message area.
 */
public final class Problems {

    private Problems() {
    }

    public static void show(DomainException e, Map<String, ? extends HasValidation> fields, Div message) {
        fields.values().forEach(f -> f.setInvalid(false));
        show(e, name -> Optional.ofNullable(fields.get(name)), message);
    }

    /** As above, the fields found by the name the service gives them (a Binder's property names). */
    public static void show(DomainException e, Function<String, Optional<? extends HasValidation>> fields,
            Div message) {
        message.addClassName("tacit-form-error");
        if (e instanceof InvalidInputException invalid) {
            message.setText(FieldErrors.show(invalid.errors(), fields).stream()
                    .map(err -> FieldErrors.translate(message, err)).collect(Collectors.joining(" ")));
        } else {
            message.setText(text(message, e));
        }
    }

    /** What the service refused, as one sentence in the user's language. */
    public static String text(Component anchor, DomainException e) {
        return switch (e) {
            case InvalidInputException invalid -> invalid.errors().stream().map(err -> FieldErrors.translate(anchor,
                    err)).collect(Collectors.joining(" "));
            case RequirementsUnmetException unmet -> requirements(anchor, unmet);
            case LimitExceededException over -> anchor.getTranslation("error." + over.code(), over.limit(),
                    over.current());
            default -> FieldErrors.translate(anchor, new FieldError("", e.code(), e.getMessage()));
        };
    }

    /**
     * "Cannot enter Negotiation yet: …" with each missing field or activity; what a stage passed on the way lacks is
     * told under that stage's name ("Qualified: …").
     */
    public static String requirements(Component anchor, RequirementsUnmetException e) {
        return requirements(anchor, e.stageName(), e.shortfalls());
    }

    /** What a move into {@code stageName} lacks, for it and for each stage passed, as one sentence. */
    public static String requirements(Component anchor, String stageName, List<StageShortfall> shortfalls) {
        return anchor.getTranslation("stage.unmet", stageName) + " " + shortfalls.stream()
                .map(s -> (s.stageName().equals(stageName) ? ""
                        : anchor.getTranslation("stage.unmet.passing", s.stageName()) + " ")
                        + s.unmet().stream().map(u -> describe(anchor, u)).collect(Collectors.joining("; ")))
                .collect(Collectors.joining(" · "));
    }

    public static String describe(Component anchor, UnmetRequirement u) {
        if (u.gate().isPresent()) {
            return u.gate().get();
        }
        return u.field().map(f -> anchor.getTranslation("stage.unmet.field", anchor.getTranslation("opportunity."
                + f.jsonName())))
                .orElseGet(() -> {
                    var a = u.activity().orElseThrow();
                    String type = anchor.getTranslation("activity.type." + a.type());
                    return a.contactRole()
                            .map(r -> anchor.getTranslation("stage.unmet.activity-with", a.min(), type,
                                    anchor.getTranslation("contact.role." + r), u.have()))
                            .orElseGet(() -> anchor.getTranslation("stage.unmet.activity", a.min(), type, u.have()))
                            + (u.unlinked().isEmpty() ? ""
                                    : anchor.getTranslation("stage.unmet.unlinked", u.unlinked().size(), type));
                });
    }
}
