package io.tacitcrm.ui.shell;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests run screen code, and so need the signed-in user (or operator) resumed before they do. */
public final class ScreenRequests {

    private ScreenRequests() {
    }

    /**
     * Everything but the REST API (bearer tokens) and static files. An upload or a download lives under
     * {@code /VAADIN/dynamic/}, beside the static files, yet runs the screen's handler: the import's file, an export.
     */
    public static boolean runScreenCode(HttpServletRequest request) {
        return runScreenCode(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static boolean runScreenCode(String path) {
        if (path.startsWith("/VAADIN/dynamic/")) {
            return true;
        }
        return !(path.startsWith("/api/") || path.startsWith("/VAADIN/") || path.startsWith("/webjars/")
                || path.equals("/styles.css") || path.startsWith("/favicon") || path.startsWith("/icons/"));
    }
}
