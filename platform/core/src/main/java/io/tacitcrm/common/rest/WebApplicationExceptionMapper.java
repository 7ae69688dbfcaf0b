package io.tacitcrm.common.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Framework errors (unknown path, wrong method, unreadable body) keep their status and become problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original; // already a problem document, written where the request was refused
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = status.getStatusCode() == 400 ? "The request body or parameters could not be read."
                : status.getReasonPhrase();
        Response.ResponseBuilder problem = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, "http." + status.getStatusCode(), detail, List.of()));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }
}
