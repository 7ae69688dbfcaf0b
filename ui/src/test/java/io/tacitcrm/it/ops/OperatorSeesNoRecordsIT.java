package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An operator sees metadata and counts, never a workspace's record: no response of the operators' API can carry a
 * record's shape, and no answer to any of its reads carries a record's content.
 */
class OperatorSeesNoRecordsIT {

    private static final JsonValue NO_BODY = JsonValue.EMPTY_JSON_OBJECT;

    /** Every shape the operators' API answers with; a new one must be added here knowingly. */
    private static final Set<String> OPERATOR_SHAPES = Set.of("OperatorJson", "OperatorListJson",
            "CurrentOperatorJson", "OperatorSessionJson", "EnrolmentJson", "BootstrapStateJson", "TenantJson",
            "TenantListJson", "UsersJson", "ApiFiguresJson", "OperatorAuditJson", "OperatorAuditListJson", "Problem",
            "FieldError", "PlanJson", "PlanListJson", "ExportJson", "ExportListJson", "ImportedJson",
            "SignupPolicyJson", "CatalogPluginJson", "CatalogJson", "WorkspaceRefJson", "BulkSwitchJson");

    private final TestServer server = TestServer.get();

    @Test
    void every_response_of_the_operators_api_has_an_operator_shape_and_none_a_record_shape() {
        JsonNode document = server.contract().document();
        Set<String> reached = new TreeSet<>();
        List<String> paths = document.get("paths").propertyNames().stream()
                .filter(p -> p.startsWith("/api/ops/v1/")).toList();
        for (String path : paths) {
            for (JsonNode operation : document.get("paths").get(path)) {
                JsonNode responses = operation.get("responses");
                if (responses != null) {
                    reached.addAll(shapes(document, responses));
                }
            }
        }

        assertTrue(paths.size() >= 10, () -> "operator paths: " + paths);
        Set<String> foreign = new TreeSet<>(reached);
        foreign.removeAll(OPERATOR_SHAPES);
        assertEquals(Set.of(), foreign, "shapes outside the operators' own");
        assertTrue(reached.contains("TenantJson"), reached::toString);
    }

    @Test
    void no_read_of_the_operators_api_carries_a_records_content() {
        Tenant tenant = Tenants.signUp(server, "secret");
        String name = "Confidential Widgets " + tenant.workspace();
        String account = tenant.admin().post("accounts", Json.createObjectBuilder().add("name", name)
                .add("phone", "+86 571 8888 0000").build()).body().getString("id");
        TacitClient operator = Operators.configured(server);
        assertEquals(200, operator.post("tenants/" + tenant.tenantId() + "/measurements", NO_BODY).status());

        JsonNode document = server.contract().document();
        int read = 0;
        for (String path : document.get("paths").propertyNames()) {
            if (!path.startsWith("/api/ops/v1/") || document.get("paths").get(path).get("get") == null) {
                continue;
            }
            String concrete = path.substring("/api/ops/v1/".length()).replace("{id}", tenant.tenantId());
            for (String query : List.of("", "?q=" + tenant.workspace(), "?tenantId=" + tenant.tenantId())) {
                Reply reply = operator.get(concrete + query);
                read++;
                String body = reply.raw().body();
                assertFalse(body.contains(account), () -> concrete + " names the account: " + body);
                assertFalse(body.contains(name), () -> concrete + " carries the account's name: " + body);
                assertFalse(body.contains("8888 0000"), () -> concrete + " carries a phone: " + body);
            }
        }
        assertTrue(read >= 9, "reads: " + read);
    }

    /** The component schemas a node refers to, followed through every schema it reaches. */
    private static Set<String> shapes(JsonNode document, JsonNode start) {
        Set<String> names = new HashSet<>();
        Deque<JsonNode> open = new ArrayDeque<>(List.of(start));
        while (!open.isEmpty()) {
            JsonNode node = open.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                String target = ref.asString();
                if (target.startsWith("#/components/schemas/")) {
                    String schema = target.substring("#/components/schemas/".length());
                    if (names.add(schema)) {
                        open.push(document.get("components").get("schemas").get(schema));
                    }
                } else if (target.startsWith("#/components/responses/")) {
                    open.push(document.get("components").get("responses")
                            .get(target.substring("#/components/responses/".length())));
                }
            }
            node.forEach(open::push);
        }
        return names;
    }
}
