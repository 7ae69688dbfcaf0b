package io.tacitcrm.it.crm;

import static io.tacitcrm.it.crm.Crm.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient.Reply;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV import (encodings, column mapping, row report, all-or-nothing) and export (visibility, formula safety). */
class CsvExchangeIT {

    private static final String CSV = "text/csv";

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "csv");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);

    private int accountCount(TacitClient client) {
        return items(client.get("accounts?limit=200")).size();
    }

    @Test
    void a_utf8_file_with_a_bom_and_chinese_headers_is_imported_and_audited() {
        String file = "\uFEFF客户名称,行业,地区,规模,电话\n杭州云帆科技有限公司,软件,华东,small,0571-8888 0000\n\"Acme, Inc.\",Robotics,华北,,\n";

        Reply reply = admin.upload("accounts/import", CSV, file.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, reply.status(), reply.body().toString());
        assertEquals("UTF-8", reply.body().getString("encoding"));
        assertEquals(2, reply.body().getInt("imported"));
        List<String> names = items(admin.get("accounts?sort=name")).stream().map(a -> a.getString("name")).toList();
        assertTrue(names.containsAll(List.of("杭州云帆科技有限公司", "Acme, Inc.")), names.toString());
        assertEquals("IMPORT", items(admin.get("audit?entityType=account")).getFirst().getString("action"));
    }

    @Test
    void a_gbk_file_is_recognised_and_read_correctly() {
        String file = "名称,地区\n深圳前海数据有限公司,华南\n";

        Reply reply = admin.upload("accounts/import", CSV, file.getBytes(Charset.forName("GBK")));

        assertEquals(200, reply.status(), reply.body().toString());
        assertEquals("GB18030", reply.body().getString("encoding"));
        assertEquals(List.of("深圳前海数据有限公司"), items(admin.get("accounts?q="
                + URLEncoder.encode("前海",
                StandardCharsets.UTF_8)))
                .stream().map(a -> a.getString("name")).toList());
    }

    @Test
    void one_bad_row_rejects_the_whole_file_with_a_report_unless_valid_rows_are_chosen() {
        String file = "name,size,phone\nGood One,SMALL,\n,MEDIUM,\nBad Size,HUGE,call me\nGood Two,,021-1234\n";

        Reply rejected = admin.upload("accounts/import", CSV, file.getBytes(StandardCharsets.UTF_8));

        assertEquals(422, rejected.status(), rejected.body().toString());
        assertEquals(0, rejected.body().getInt("imported"));
        List<JsonObject> problems = rejected.body().getJsonArray("problems").getValuesAs(JsonObject.class);
        assertEquals(List.of("3:name", "4:size", "4:phone"), problems.stream().map(p -> p.getInt("line") + ":"
                + p.getString("column")).toList());
        assertEquals(0, accountCount(admin), "nothing imported");

        Reply partial = admin.upload("accounts/import?mode=VALID_ROWS", CSV, file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, partial.status());
        assertEquals(2, partial.body().getInt("imported"));
        assertEquals(2, accountCount(admin));
    }

    @Test
    void a_dry_run_checks_without_importing_and_an_explicit_mapping_picks_the_columns() {
        String file = "Firma;Telefon\nMüller GmbH;+49 30 1234\n";

        Reply dry = admin.upload("accounts/import?dryRun=true&map=" + URLEncoder.encode("name:Firma,phone:Telefon",
                StandardCharsets.UTF_8), CSV, file.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, dry.status(), dry.body().toString());
        assertEquals(0, dry.body().getInt("imported"));
        assertTrue(dry.body().getJsonArray("problems").isEmpty());
        assertEquals(0, accountCount(admin));
    }

    @Test
    void files_without_the_required_column_or_in_an_unknown_encoding_or_too_long_are_refused_whole() {
        Reply noName = admin.upload("accounts/import", CSV, "industry\nsoftware\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, noName.status());
        assertEquals("column.missing", noName.body().getJsonArray("errors").getJsonObject(0).getString("code"));

        byte[] garbage = {(byte) 0x6e, (byte) 0x61, (byte) 0x6d, (byte) 0x65, '\n', (byte) 0xff, (byte) 0xfe,
                (byte) 0x81, '\n'};
        assertEquals("encoding.unknown", admin.upload("accounts/import", CSV, garbage).body().getJsonArray("errors")
                .getJsonObject(0).getString("code"));

        StringBuilder huge = new StringBuilder("name\n");
        for (int i = 0; i <= 100_000; i++) {
            huge.append("A").append(i).append('\n');
        }
        Reply tooMany = admin.upload("accounts/import", CSV, huge.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("file.too-many-rows", tooMany.body().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(0, accountCount(admin));
    }

    @Test
    void the_export_neutralizes_formulas_and_holds_only_what_the_caller_may_see() {
        TacitClient director = Tenants.addUser(server, tenant, "dir-" + System.nanoTime(), roles.get(1));
        TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), roles.get(3));
        String repAccount = Crm.account(rep, "=HYPERLINK(\"http://evil\",\"click\")");
        Crm.contact(rep, repAccount, "@SUM(1+1)", "USER");
        Crm.contact(admin, Crm.account(admin, "Admin's own secret customer"), "Secret contact", "USER");

        Reply export = director.download("accounts/export", "text/csv");

        assertEquals(200, export.status());
        String csv = export.raw().body();
        assertTrue(csv.startsWith("\uFEFFid,name"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""), csv);
        assertFalse(csv.contains("secret"), "the director does not see the admin's customer");
        assertEquals(403, rep.download("accounts/export", "text/csv").status(), "a rep lacks customer.export");
        String contacts = director.download("contacts/export", "text/csv").raw().body();
        assertTrue(contacts.contains(",'@SUM(1+1),"), contacts);
        assertFalse(contacts.contains("Secret contact"), "contacts follow their account's visibility");
    }

    @Test
    void contacts_are_imported_against_customers_named_in_the_file_and_unknown_ones_are_reported() {
        String account = Crm.account(admin, "宁波海达物流");
        String file = "客户,姓名,职务,决策角色\n宁波海达物流,陈总,总经理,DECISION_MAKER\n不存在的公司,李工,工程师,\n";

        Reply partial = admin.upload("contacts/import?mode=VALID_ROWS", CSV, file.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, partial.status(), partial.body().toString());
        assertEquals(1, partial.body().getInt("imported"));
        assertEquals("account", partial.body().getJsonArray("problems").getJsonObject(0).getString("column"));
        assertEquals("陈总", items(admin.get("contacts?accountId=" + account)).getFirst().getString("name"));
    }

    @Test
    void a_rep_imports_contacts_only_against_customers_they_may_edit_named_or_by_id() {
        TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), roles.get(3));
        TacitClient colleague = Tenants.addUser(server, tenant, "peer-" + System.nanoTime(), roles.get(3));
        String own = Crm.account(rep, "Own Harbour Co");
        String readOnly = Crm.account(colleague, "Shared Harbour Co");
        assertEquals(201, colleague.post("accounts/" + readOnly + "/shares", Json.createObjectBuilder()
                .add("granteeType", "USER").add("granteeId", rep.get("me").body().getString("id"))
                .add("access", "READ").build()).status());
        String hidden = Crm.account(colleague, "Hidden Harbour Co");
        String foreign = Crm.account(Tenants.signUp(server, "csv-other").admin(), "Foreign Harbour Co");
        String byId = "accountId,name\n" + own + ",Ann\n" + readOnly + ",Bob\n" + hidden + ",Cy\n" + foreign
                + ",Di\nnot-an-id,Ed\n";
        String byName = "account,name\nOwn Harbour Co,Fay\nShared Harbour Co,Gus\nHidden Harbour Co,Hal\n"
                + "Foreign Harbour Co,Ida\n";

        Reply ids = rep.upload("contacts/import?mode=VALID_ROWS", CSV, byId.getBytes(StandardCharsets.UTF_8));
        Reply names = rep.upload("contacts/import?mode=VALID_ROWS", CSV, byName.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(200, 1), List.of(ids.status(), ids.body().getInt("imported")), ids.body().toString());
        assertEquals(List.of("3:accountId", "4:accountId", "5:accountId", "6:accountId"), problems(ids));
        assertEquals(List.of(200, 1), List.of(names.status(), names.body().getInt("imported")));
        assertEquals(List.of("3:account", "4:account", "5:account"), problems(names));
        assertEquals(List.of("Ann", "Fay"), items(rep.get("contacts?accountId=" + own)).stream()
                .map(c -> c.getString("name")).sorted().toList());
        assertEquals(List.of(), items(colleague.get("contacts?accountId=" + readOnly)));
    }

    @Test
    void contacts_for_more_customers_than_one_query_checks_are_imported_and_find_their_customers() {
        int customers = 1_200;
        StringBuilder accounts = new StringBuilder("name\n");
        StringBuilder contacts = new StringBuilder("account,name\n");
        for (int i = 0; i < customers; i++) {
            accounts.append("Bulk Pier ").append(i).append('\n');
            contacts.append("Bulk Pier ").append(i).append(",Quill Person ").append(i).append('\n');
        }
        assertEquals(customers, admin.upload("accounts/import", CSV, accounts.toString()
                .getBytes(StandardCharsets.UTF_8)).body().getInt("imported"));

        Reply imported = admin.upload("contacts/import", CSV, contacts.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(200, customers), List.of(imported.status(), imported.body().getInt("imported")),
                imported.body().toString());
        assertEquals(List.of("Bulk Pier 1199"), items(admin.get("accounts?q=" + URLEncoder.encode("quill person 1199",
                StandardCharsets.UTF_8))).stream().map(a -> a.getString("name")).toList());
    }

    private static List<String> problems(Reply reply) {
        return reply.body().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("line") + ":" + p.getString("column")).toList();
    }
}
