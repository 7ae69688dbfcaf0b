package io.tacitcrm.ui.shell;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The API's problem document (RFC 9457), written by the servlet layer for what it answers before JAX-RS does. */
final class ServletProblems {

    private ServletProblems() {
    }

    static void write(HttpServletResponse response, int status, String title, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("type", "urn:tacit:problem:" + code)
                .add("title", title).add("status", status).add("detail", detail).add("code", code).build()
                .toString());
    }
}
