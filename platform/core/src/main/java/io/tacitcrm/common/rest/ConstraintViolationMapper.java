package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bean Validation failures on request bodies become 422 with one field error per violation. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), code(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problem.response(Problem.UNPROCESSABLE, "input.invalid", "The request has invalid fields.", errors);
    }

    private static String field(ConstraintViolation<?> violation) {
        String last = "";
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName() == null ? last : node.getName();
        }
        return last;
    }

    private static String code(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Size" -> "size";
            case "Email" -> "email.invalid";
            default -> annotation.toLowerCase(Locale.ROOT);
        };
    }
}
