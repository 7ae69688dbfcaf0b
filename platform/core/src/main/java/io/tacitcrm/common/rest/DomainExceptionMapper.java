package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.LimitExceededException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a domain rule that said no into the matching HTTP status and a problem document. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return response(e, sentPrecondition());
    }

    /** The answer to {@code e}, for code that answers outside an exception mapper (a response filter). */
    public static Response response(DomainException e, boolean sentPrecondition) {
        Response problem = switch (e.kind()) {
            case INVALID -> Problem.response(Problem.UNPROCESSABLE, e.code(), e.getMessage(), e.errors());
            case NOT_FOUND -> Problem.response(Status.NOT_FOUND, e.code(), e.getMessage());
            case CONFLICT -> Problem.response(Status.CONFLICT, e.code(), e.getMessage(), e.errors());
            // 412 answers a precondition; a request that sent none lost a race and gets 409
            case STALE -> Problem.response(sentPrecondition ? Status.PRECONDITION_FAILED : Status.CONFLICT,
                    e.code(), e.getMessage());
            case FORBIDDEN -> Problem.response(Status.FORBIDDEN, e.code(), e.getMessage());
            case UNAUTHENTICATED -> Problem.unauthorized(e.code(), e.getMessage());
            case THROTTLED -> Problem.response(Status.TOO_MANY_REQUESTS, e.code(), e.getMessage());
            case LIMIT -> e instanceof LimitExceededException over
                    ? Problem.limit(e.code(), e.getMessage(), over.limit(), over.current())
                    : Problem.response(Problem.status(402, "Payment Required"), e.code(), e.getMessage());
            case BAD_REQUEST -> Problem.response(Status.BAD_REQUEST, e.code(), e.getMessage());
            case UNAVAILABLE -> Problem.response(Status.SERVICE_UNAVAILABLE, e.code(), e.getMessage());
        };
        return e.retryAfter().map(wait -> Response.fromResponse(problem)
                .header("Retry-After", Math.max(1, wait.toSeconds())).build()).orElse(problem);
    }

    private boolean sentPrecondition() {
        try {
            return headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        } catch (IllegalStateException outsideRequest) {
            return false;
        }
    }
}
