package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.client.ApiClient;
import io.tacitcrm.client.ApiException;
import io.tacitcrm.client.api.CustomersApi;
import io.tacitcrm.client.api.SessionApi;
import io.tacitcrm.client.model.AccountInput;
import io.tacitcrm.client.model.AccountJson;
import io.tacitcrm.client.model.AccountListJson;
import io.tacitcrm.client.model.LoginAttempt;
import io.tacitcrm.client.model.SessionJson;
import io.tacitcrm.client.model.SignupJson;
import io.tacitcrm.client.model.SignupRequest;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The API document is a contract integrators generate clients from; tools nobody here wrote prove it: Redocly CLI lints
 * it with its recommended rules, networknt's validator holds every response of the HTTP tests to it (see
 * {@link io.tacitcrm.it.support.ApiContract}), and OpenAPI Generator builds a Java client from it that does real work.
 */
class ApiContractIT {

    private static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final Path COMMITTED = Path.of("src/test/openapi/tacit-api.json");

    private final TestServer server = TestServer.get();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_document_passes_redocly_lint_with_the_recommended_rules_without_an_error() throws Exception {
        Path served = Path.of("target/openapi.json");
        Files.writeString(served, server.contract().document().toString());
        Path report = Path.of("target/redocly-lint.json");
        Process lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", served.toString(), "--extends",
                "recommended",
                "--format", "json").redirectErrorStream(false).redirectOutput(report.toFile())
                .redirectError(Path.of("target/redocly-lint.log").toFile()).start();
        assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "Redocly CLI finished");
        JsonNode totals = json.readTree(Files.readString(report)).get("totals");
        assertNotNull(totals, () -> "no lint report; see target/redocly-lint.log");
        assertEquals(0, totals.get("errors").asInt(), () -> "Redocly errors; see " + report.toAbsolutePath());
        assertEquals(0, totals.get("warnings").asInt(), () -> "Redocly warnings; see " + report.toAbsolutePath());
    }

    @Test
    void the_committed_document_the_client_is_generated_from_is_the_one_the_server_serves() throws IOException {
        JsonNode live = server.contract().document();
        JsonNode committed = json.readTree(Files.readString(COMMITTED));
        if (!committed.equals(live)) {
            Path fresh = Path.of("target/openapi-live.json");
            Files.writeString(fresh, json.writerWithDefaultPrettyPrinter().writeValueAsString(live));
            throw new AssertionError("The API changed: review " + fresh.toAbsolutePath() + " and copy it to "
                    + COMMITTED + " (the generated client and integrators follow that file)");
        }
    }

    @Test
    void the_contract_check_refuses_a_response_the_document_does_not_describe() {
        List<String> wrongShape = server.contract().problems("GET",
                "/api/v1/accounts/0d6f6e2c-5f7c-4b7e-9c8a-1b2c3d4e5f60",
                response(200, "application/json", "{\"id\": 42, \"name\": [\"not\", \"text\"]}"));
        assertFalse(wrongShape.isEmpty(), "an id that is a number and a name that is a list");
        List<String> notAProblem = server.contract().problems("GET", "/api/v1/accounts",
                response(422, "application/problem+json", "{\"status\": \"unprocessable\"}"));
        assertFalse(notAProblem.isEmpty(), "a problem whose status is text");
        List<String> undocumented = server.contract().problems("DELETE", "/api/v1/me", response(204, "", ""));
        assertFalse(undocumented.isEmpty(), "an operation the document lacks");
        assertTrue(server.contract().problems("GET", "/api/v1/me", response(401, "application/problem+json",
                "{\"type\":\"urn:tacit:problem:x\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"d\","
                        + "\"code\":\"x\",\"errors\":null}")).isEmpty(), "a documented problem passes");
    }

    @Test
    void a_client_generated_from_the_document_signs_up_logs_in_creates_and_lists_customers() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUri().toString().replaceAll("/$", ""));
        SessionApi sessions = new SessionApi(client);
        String workspace = Tenants.uniqueWorkspace("client");
        String email = "admin@" + workspace + ".example";

        SignupJson signup = sessions.signUp(new SignupRequest().company("Generated Client Co").workspace(workspace)
                .adminName("Client Admin").adminEmail(email).password(Tenants.PASSWORD).locale("en"));
        assertEquals(workspace, signup.getWorkspace());
        SessionJson session = sessions.login(new LoginAttempt().workspace(workspace).email(email)
                .password(Tenants.PASSWORD));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + session.getToken()));
        CustomersApi customers = new CustomersApi(client);

        AccountJson created = customers.createAccount(new AccountInput().name("苏州新客户有限公司")
                .region("华东").valueTier("B").website("https://example.cn"));
        AccountListJson listed = customers.listAccounts(null, null, 10, null, null, null, null, null);

        assertEquals("苏州新客户有限公司", created.getName());
        assertEquals(1L, created.getVersion());
        assertEquals(List.of(created.getId()), listed.getItems().stream().map(AccountJson::getId).toList());
        assertEquals(signup.getAdminUserId(), listed.getItems().getFirst().getOwnerId());
        ApiException refused = assertThrows(ApiException.class,
                () -> customers.createAccount(new AccountInput().name("Bad").website("javascript:alert(1)")));
        assertEquals(422, refused.getCode());
    }

    private static HttpResponse<String> response(int status, String type, String body) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(type.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(type)), (a,
                        b) -> true);
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("http://localhost/");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
