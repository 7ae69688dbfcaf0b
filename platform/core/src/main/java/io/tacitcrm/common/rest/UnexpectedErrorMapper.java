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
 * answered as the conflict it is.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable e) {
        Optional<DomainException> conflict = PersistenceFailures.asConflict(e);
        if (conflict.isPresent()) {
            LOG.fine(() -> "Concurrent write answered as a conflict: " + e);
            return providers.getExceptionMapper(DomainException.class).toResponse(conflict.get());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong on our side (incident " + incident + ").");
    }
}
