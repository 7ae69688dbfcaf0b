package io.tacitcrm.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenRequestsTest {

    /** Uploads and downloads live beside the static files, but run the screen's handler as its user. */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/customers", "/customers/01a2", "/ops/tenants", "/x/analytics/cockpit",
        "/VAADIN/dynamic/resource/2/71a900d3-a63a-41d6-9ce9-b7699a9bfd01/", "/VAADIN/dynamic/resource/0/x/upload"})
    void screens_and_their_uploads_and_downloads_run_as_the_signed_in_user(String path) {
        assertTrue(ScreenRequests.runScreenCode(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/accounts", "/api/ops/v1/tenants", "/VAADIN/build/bundle.js",
        "/VAADIN/static/x.css", "/webjars/echarts/5.5.0/echarts.min.js", "/styles.css", "/favicon.ico",
        "/icons/icon-192.png"})
    void the_api_and_static_files_need_no_screen_user(String path) {
        assertFalse(ScreenRequests.runScreenCode(path), path);
    }
}
