package io.tacitcrm.ui.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The API document to browse, at {@code /openapi/ui/}: Swagger UI from its WebJar over {@code /openapi} — the core's
 * operations and the active plugins' routes.
 */
@WebServlet(urlPatterns = {"/openapi/ui", "/openapi/ui/*"}, asyncSupported = true)
public class ApiExplorerServlet extends HttpServlet {

    /** Made on the first request: the page names the WebJar's version, read from the WebJar itself. */
    private static final class Page {
        static final String HTML = read("api-explorer.html").replace("${version}", webJarVersion());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() == null) {
            response.sendRedirect(request.getContextPath() + "/openapi/ui/"); // relative links resolve under it
            return;
        }
        if (!request.getPathInfo().equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Page.HTML);
    }

    private static String webJarVersion() {
        Properties pom = new Properties();
        try (InputStream in = ApiExplorerServlet.class.getResourceAsStream(
                "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI's WebJar is missing from the application");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String name) {
        try (InputStream in = ApiExplorerServlet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
