package io.tacitcrm.ui.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for what the servlet container refuses before the application sees it (a malformed URI, an
 * unsupported method): API clients get the same problem document as for every other error, with the same headers.
 */
@WebServlet(urlPatterns = "/_error", asyncSupported = true)
public class ContainerErrors extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_BAD_REQUEST;
        String detail = status == HttpServletResponse.SC_BAD_REQUEST
                ? "The request could not be read; percent-encode the path and parameters."
                : "The request could not be served.";
        ServletProblems.write(response, status, status == HttpServletResponse.SC_BAD_REQUEST ? "Bad Request"
                : "Client Error", "http." + status, detail);
    }
}
