package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.sample.demo.DemoTenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Binary;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * An operator exports a workspace into one archive and imports it as a new workspace: the copy is the same record by
 * record (ids kept, only the workspace id new), its derived tables are rebuilt, and a damaged archive changes nothing.
 */
class WorkspaceArchiveIT {

    private static final String ZIP = "application/zip";
    /** One provider for the demo's rows, compared twice: each static {@code Json} call would look it up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final TestServer server = TestServer.get();

    @Test
    void the_demo_workspace_exported_and_imported_is_the_same_record_by_record_knowledge_base_included() {
        DemoTenant.loadOnce(server.api(), server.databaseSettings());
        TacitClient operator = Operators.configured(server);
        String demo = tenantId(operator, DemoTenant.WORKSPACE);

        Binary export = operator.postForBinary("tenants/" + demo + "/exports", ZIP);
        assertEquals(200, export.status(), () -> new String(export.body(), StandardCharsets.UTF_8));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("tacit-"
                + DemoTenant.WORKSPACE + "-"));
        Map<String, byte[]> original = entries(export.body());
        JsonObject manifest = json(original.get("manifest.json"));
        checksumsHold(manifest, original);
        assertEquals("preserved", manifest.getString("ids"));
        JsonObject done = operator.get("tenants/" + demo + "/exports").body().getJsonArray("items").getJsonObject(0);
        assertEquals("DONE", done.getString("status"), done::toString);
        assertEquals(done.getInt("tablesTotal"), done.getInt("tablesDone"));
        assertEquals(sha256(original.get("manifest.json")), done.getString("manifestSha256"));
        assertTrue(original.get("people/customers.csv").length > 100, "customers for people");
        assertTrue(original.containsKey("tables/plugin_knowledge.article.jsonl"), original.keySet()::toString);
        assertTrue(!original.containsKey("tables/plugin_knowledge.article_term.jsonl")
                && !original.containsKey("tables/public.api_token.jsonl")
                && !original.containsKey("tables/public.account_search_gram.jsonl"),
                "derived tables and secrets stay out: " + original.keySet());

        String copy = Tenants.uniqueWorkspace("copy");
        TacitClient.Reply imported = operator.upload("tenants/imports?workspace=" + copy + "&name="
                + URLEncoder.encode("云帆 copy", StandardCharsets.UTF_8), ZIP, export.body());
        assertEquals(201, imported.status(), imported.body()::toString);
        String copyId = imported.body().getString("id");
        assertNotEquals(demo, copyId);
        assertEquals(DemoTenant.WORKSPACE, imported.body().getString("sourceWorkspace"));

        Binary again = operator.postForBinary("tenants/" + copyId + "/exports", ZIP);
        assertEquals(200, again.status());
        Map<String, byte[]> copied = entries(again.body());
        int compared = 0;
        for (JsonObject entry : manifest.getJsonArray("entries").getValuesAs(JsonObject.class)) {
            String name = entry.getString("name");
            List<String> before = rows(original.get(name), name);
            List<String> after = rows(copied.get(name), name);
            if (name.equals("tables/public.audit_entry.jsonl")) {
                after.removeIf(row -> row.contains("\"action\":\"OPERATOR_IMPORT\""));
            }
            assertEquals(before, after, name + " differs");
            compared += before.size();
        }
        assertTrue(compared > 1000, "rows compared: " + compared);

        TacitClient liu = server.api().login(copy, "liu.yang@yunfan.example", DemoTenant.PASSWORD);
        var found = liu.get("accounts?limit=5&q=" + URLEncoder.encode("济南泉城", StandardCharsets.UTF_8)).body();
        assertEquals("济南泉城建材有限公司", found.getJsonArray("items").getJsonObject(0).getString("name"),
                "the search grams were rebuilt");
        var articles = liu.get("x/knowledge/articles?q=" + URLEncoder.encode("华为", StandardCharsets.UTF_8));
        assertEquals("对比华为工业网关：我们赢在哪里",
                articles.body().getJsonArray("items").getJsonObject(0).getString("title"),
                "the knowledge base indexed its articles again");
        String audit = server.api().login(copy, DemoTenant.ADMIN.email(), DemoTenant.PASSWORD).get("audit?limit=5")
                .raw().body();
        assertTrue(audit.contains("OPERATOR_IMPORT"), audit);
    }

    @Test
    void a_damaged_archive_or_a_taken_name_is_refused_and_no_workspace_appears() throws IOException {
        Tenants.Tenant tenant = Tenants.signUp(server, "arch");
        tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "Archived Widgets").build());
        TacitClient operator = Operators.configured(server);
        Binary export = operator.postForBinary("tenants/" + tenant.tenantId() + "/exports", ZIP);
        assertEquals(200, export.status());
        Map<String, byte[]> entries = entries(export.body());
        byte[] accounts = entries.get("tables/public.account.jsonl");
        accounts[accounts.length / 2] ^= 1;

        String target = Tenants.uniqueWorkspace("damaged");
        TacitClient.Reply damaged = operator.upload("tenants/imports?workspace=" + target + "&name=Damaged", ZIP,
                zip(entries));
        assertEquals(422, damaged.status(), damaged.body()::toString);
        assertTrue(damaged.raw().body().contains("does not match its checksum"), damaged.raw().body());
        assertEquals(0, operator.get("tenants?q=" + target).body().getJsonArray("items").size());

        TacitClient.Reply taken = operator.upload("tenants/imports?workspace=" + tenant.workspace() + "&name=Again",
                ZIP, export.body());
        assertEquals(409, taken.status(), taken.body()::toString);
        TacitClient.Reply notZip = operator.upload("tenants/imports?workspace=" + target + "&name=X", ZIP,
                "not a zip".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notZip.status(), notZip.body()::toString);
        assertEquals(401, server.opsApi().postForBinary("tenants/" + tenant.tenantId() + "/exports", ZIP).status());
        assertEquals(401, tenant.admin().upload("../ops/v1/tenants/imports?workspace=" + target + "&name=X", ZIP,
                export.body()).status(), "a tenant's token never imports");
    }

    private static String tenantId(TacitClient operator, String workspace) {
        return operator.get("tenants?q=" + workspace).body().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("workspace").equals(workspace)).findFirst().orElseThrow()
                .getString("id");
    }

    /** Each entry's rows without the workspace id, in the archive's order. */
    private static List<String> rows(byte[] entry, String name) {
        List<String> rows = new ArrayList<>();
        if (!name.endsWith(".jsonl")) {
            rows.add(new String(entry, StandardCharsets.UTF_8));
            return rows;
        }
        for (String line : new String(entry, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                JsonObject row = json(line.getBytes(StandardCharsets.UTF_8));
                rows.add(JSON.createObjectBuilder(row).remove("tenant_id").build().toString());
            }
        }
        return rows;
    }

    private static void checksumsHold(JsonObject manifest, Map<String, byte[]> entries) {
        for (JsonObject entry : manifest.getJsonArray("entries").getValuesAs(JsonObject.class)) {
            byte[] bytes = entries.get(entry.getString("name"));
            assertEquals(entry.getJsonNumber("bytes").longValue(), bytes.length, entry::toString);
            assertEquals(entry.getString("sha256"), sha256(bytes), entry::toString);
        }
    }

    private static Map<String, byte[]> entries(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static JsonObject json(byte[] bytes) {
        try (JsonReader reader = JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
