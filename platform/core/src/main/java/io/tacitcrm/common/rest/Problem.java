package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.FieldError;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} is a stable machine-readable reason; {@code errors} lists field errors.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors,
        Long limit, Long current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** 422: the request was well-formed but broke a rule (JAX-RS has no constant for it). */
    public static final Response.StatusType UNPROCESSABLE = status(422, "Unprocessable Content");
    /** 413: the body is larger than the endpoint accepts. */
    public static final Response.StatusType TOO_LARGE = status(413, "Content Too Large");

    /** A status JAX-RS has no constant for. */
    public static Response.StatusType status(int code, String reason) {
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }

    public static Problem of(Response.StatusType status, String code, String detail, List<FieldError> errors) {
        return new Problem("urn:tacit:problem:" + code, status.getReasonPhrase(), status.getStatusCode(), detail, code,
                errors.isEmpty() ? null : errors, null, null);
    }

    /** 402: the plan allows no more; the document names the limit and the current figure. */
    public static Response limit(String code, String detail, long limit, long current) {
        return limited(status(402, "Payment Required"), code, detail, limit, current);
    }

    /** A refusal by a limit (402 for a count, 429 for a rate), naming the limit and the figure reached. */
    public static Response limited(Response.StatusType status, String code, String detail, long limit,
            long current) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Problem("urn:tacit:problem:" + code,
                status.getReasonPhrase(), status.getStatusCode(), detail, code, null, limit, current)).build();
    }

    /** A 401, naming the scheme that would succeed (RFC 9110 asks every 401 for a challenge). */
    public static Response unauthorized(String code, String detail) {
        return Response.fromResponse(response(Response.Status.UNAUTHORIZED, code, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tacit\"").build();
    }

    public static Response response(Response.StatusType status, String code, String detail) {
        return response(status, code, detail, List.of());
    }

    public static Response response(Response.StatusType status, String code, String detail, List<FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(of(status, code, detail, errors)).build();
    }
}
