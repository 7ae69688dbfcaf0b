package io.tacitcrm.ui.shell;

import io.tacitcrm.common.rest.ApiDocumentContributor;
import io.tacitcrm.common.rest.BaseApiDocument;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API document at {@code /openapi}: the core's operations as the build described them ({@link BaseApiDocument}),
 * with what the features add — the routes of the plugins active now. JSON, which every YAML reader also reads.
 */
@WebServlet(urlPatterns = "/openapi", asyncSupported = true)
public class ApiDocumentServlet extends HttpServlet {

    /** Read once, on the first request: most servers are never asked for their document. */
    private static final class Base {
        static final JsonObject DOCUMENT = BaseApiDocument.read();
    }

    @Inject
    Instance<ApiDocumentContributor> contributors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject document = Base.DOCUMENT;
        for (ApiDocumentContributor contributor : contributors) {
            document = contributor.contribute(document);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(document.toString());
    }
}
