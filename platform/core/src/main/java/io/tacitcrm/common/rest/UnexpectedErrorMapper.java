package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.persistence.PersistenceFailures;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id the caller can quote; no internals leak into the response. A lost
 * race with another writer, however deeply wrapped (commit-time failures arrive inside transaction exceptions), is
 * answered as the conflict it is, and a database out of reach or out of disk as 503 with {@code Retry-After}.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable e) {
        Optional<DomainException> refusal = PersistenceFailures.explain(e);
        if (refusal.isPresent()) {
            if (refusal.get().kind() == DomainException.Kind.UNAVAILABLE) {
                // the operators' signal (with readiness going down); one line, the cause's own words
                LOG.warning(() -> "Answered 503 " + refusal.get().code() + ": " + rootMessage(e));
            } else {
                LOG.fine(() -> "Concurrent write answered as a conflict: " + e);
            }
            return providers.getExceptionMapper(DomainException.class).toResponse(refusal.get());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong on our side (incident " + incident + ").");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
