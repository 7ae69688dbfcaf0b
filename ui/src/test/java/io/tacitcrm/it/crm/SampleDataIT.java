package io.tacitcrm.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sample data to try the product on: loaded once, in the company's language, and removed with everything on it. */
class SampleDataIT {

    private final TestServer server = TestServer.get();

    @Test
    void sample_customers_come_with_deals_and_footprints_and_leave_with_them() {
        Tenant tenant = Tenants.signUp(server, "sample", "zh-CN");
        TacitClient admin = tenant.admin();
        TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                Tenants.defaultRoleChain(admin).getLast());
        assertEquals(403, rep.post("sample-data?timeZone=Asia/Shanghai", Json.createObjectBuilder().build()).status());

        Reply loaded = admin.post("sample-data?timeZone=Asia/Shanghai", Json.createObjectBuilder().build());
        assertEquals(201, loaded.status(), loaded.body().toString());
        assertEquals(6, loaded.body().getInt("customers"));
        assertEquals(409, admin.post("sample-data", Json.createObjectBuilder().build()).status(), "once only");
        JsonObject customersStep = admin.get("setup-checklist").body().getJsonArray("steps").getJsonObject(2);
        assertEquals("CUSTOMERS", customersStep.getString("step"));
        assertFalse(customersStep.getBoolean("done"), "sample customers do not count as the company's own");
        String real = Crm.account(admin, "真实客户");
        List<JsonObject> accounts = Crm.items(admin.get("accounts?limit=50"));
        assertEquals(7, accounts.size());
        assertTrue(accounts.stream().filter(a -> !a.getString("id").equals(real))
                .allMatch(a -> a.getString("name").startsWith("示例：")), "named in the company's language");
        assertEquals(6, Crm.items(admin.get("opportunities?limit=50")).size());
        long planned = Sql.count(server.superuser(), "select count(*) from activity where tenant_id = ?::uuid"
                + " and status = 'PLANNED'", tenant.tenantId());
        assertEquals(6, planned);

        Reply removed = admin.delete("sample-data", null);
        assertEquals(200, removed.status(), removed.body().toString());
        assertEquals(6, removed.body().getInt("customers"));
        assertEquals(List.of(real), Crm.items(admin.get("accounts")).stream().map(a -> a.getString("id")).toList(),
                "the real customer stays");
        assertEquals(0, Sql.count(server.superuser(), "select count(*) from activity where tenant_id = ?::uuid",
                tenant.tenantId()));
        assertEquals(0, Sql.count(server.superuser(), "select count(*) from opportunity where tenant_id = ?::uuid",
                tenant.tenantId()));
        assertEquals(0, admin.get("sample-data").body().getInt("customers"));
    }
}
