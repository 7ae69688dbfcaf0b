package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.json.JsonValues;
import io.tacitcrm.common.json.StrictJson;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request body passes here before it is read: a size limit on all of them (a CSV file may be larger than a JSON
 * document; a workspace archive streams past, held to its importer's own limit), a nesting limit on JSON, and — for
 * bodies read into an input record — strict types, so {@code 42} or
 * {@code true} sent for a text field is a field error instead of being quietly turned into text, and a patch naming a
 * field the record does not have is refused.
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

    @Context
    Request request;

    /** Bytes a JSON (or any non-CSV) body may have. */
    public static final int MAX_JSON_BYTES = 1 << 20;
    /** Bytes a CSV import may have: about 100,000 rows. */
    public static final int MAX_CSV_BYTES = 64 << 20;
    /** How deeply JSON may nest; no body of ours needs more than a few levels. */
    public static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && "zip".equalsIgnoreCase(type.getSubtype())) {
            // a workspace archive streams to its importer, which sets its own limit
            return context.proceed();
        }
        boolean csv = type != null && "csv".equalsIgnoreCase(type.getSubtype());
        int limit = csv ? MAX_CSV_BYTES : MAX_JSON_BYTES;
        byte[] body = readAtMost(context.getInputStream(), limit);
        if (!csv && body.length > 0 && looksLikeJson(type)) {
            checkDepth(body);
            if (context.getType().isRecord()) {
                checkTypes(body, context.getType());
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean looksLikeJson(MediaType type) {
        return type == null || type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().endsWith("+json");
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw new WebApplicationException(Problem.response(Problem.TOO_LARGE,
                    "body.too-large", "The request body is larger than " + (limit >> 20) + " MiB."));
        }
        return body;
    }

    /** Counts brackets outside strings: linear, and never recursion deep enough to hurt. */
    static void checkDepth(byte[] json) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                            "body.too-deep", "The request body nests deeper than " + MAX_DEPTH + " levels."));
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
    }

    private void checkTypes(byte[] body, Class<?> type) {
        JsonValue value;
        try {
            value = JsonValues.read(new String(body, StandardCharsets.UTF_8));
        } catch (JsonException unreadable) {
            return; // JSON-B reports it as an unreadable body
        }
        if (!(value instanceof JsonObject object)) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                    "body.not-object", "The request body must be a JSON object."));
        }
        List<FieldError> errors = new ArrayList<>(StrictJson.typeErrors(object, type));
        if (HttpMethod.PATCH.equals(request.getMethod())) {
            errors.addAll(StrictJson.unknownFields(object, type));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
