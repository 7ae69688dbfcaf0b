package io.tacitcrm.common.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or has a value of the wrong type, is the client's mistake: 400, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "body.unreadable",
                "The request body is not valid JSON of the expected shape.");
    }
}
