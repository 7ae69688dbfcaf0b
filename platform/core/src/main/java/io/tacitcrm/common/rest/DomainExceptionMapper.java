package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.identity.service.AuthenticationFailedException;
import io.tacitcrm.sales.domain.RequirementsUnmetException;
import io.tacitcrm.identity.service.TooManyAttemptsException;
import io.tacitcrm.identity.service.WorkspaceSuspendedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Turns a domain rule that said no into the matching HTTP status and a problem document. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return switch (e) {
            case InvalidInputException invalid -> Problem.response(Problem.UNPROCESSABLE, e.code(), e.getMessage(), invalid.errors());
            case NotFoundException ignored -> Problem.response(Status.NOT_FOUND, e.code(), e.getMessage());
            case ConflictException conflict -> Problem.response(Status.CONFLICT, e.code(), e.getMessage(),
                    List.of(new FieldError(conflict.field(), e.code(), e.getMessage())));
            // 412 answers a precondition; a request that sent none lost a race and gets 409
            case StaleVersionException ignored -> Problem.response(sentPrecondition() ? Status.PRECONDITION_FAILED
                    : Status.CONFLICT, e.code(), e.getMessage());
            case AccessDeniedException ignored -> Problem.response(Status.FORBIDDEN, e.code(), e.getMessage());
            case AuthenticationFailedException ignored -> Problem.response(Status.UNAUTHORIZED, e.code(), e.getMessage());
            case WorkspaceSuspendedException ignored -> Problem.response(Status.FORBIDDEN, e.code(), e.getMessage());
            case TooManyAttemptsException throttled -> Response.fromResponse(
                            Problem.response(Status.TOO_MANY_REQUESTS, e.code(), e.getMessage()))
                    .header("Retry-After", Math.max(1, throttled.retryAfter().toSeconds())).build();
            case RequirementsUnmetException unmet -> Problem.response(Problem.UNPROCESSABLE, e.code(), e.getMessage(),
                    unmet.unmet().stream().map(u -> new FieldError(u.field().map(f -> f.jsonName())
                            .orElse(u.gate().isPresent() ? "gates" : "activities"),
                            "stage.requirement", u.describe())).toList());
            default -> Problem.response(Status.BAD_REQUEST, e.code(), e.getMessage());
        };
    }

    private boolean sentPrecondition() {
        try {
            return headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        } catch (IllegalStateException outsideRequest) {
            return false;
        }
    }
}
