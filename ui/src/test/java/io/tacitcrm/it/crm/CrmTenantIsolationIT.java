package io.tacitcrm.it.crm;

import static io.tacitcrm.it.crm.Crm.activity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tenant B cannot read, change or link to tenant A's contacts, opportunities, footprints, stages or audit entries. */
class CrmTenantIsolationIT {

    private final TestServer server = TestServer.get();
    private final Tenant a = Tenants.signUp(server, "crm-a");
    private final Tenant b = Tenants.signUp(server, "crm-b");
    private final String aAccount = Crm.account(a.admin(), "A's customer");
    private final String aContact = Crm.contact(a.admin(), aAccount, "A's contact", "USER");
    private final String aOpportunity = Crm.opportunity(a.admin(), aAccount, "A's deal");
    private final String aActivity = Crm.created(a.admin().post("activities", activity("CALL", aAccount).build()));

    @Test
    void every_new_endpoint_answers_404_for_another_tenants_ids() {
        var rename = Json.createObjectBuilder().add("name", "hijacked").build();
        for (String path : new String[]{"contacts/" + aContact, "opportunities/" + aOpportunity, "activities/"
                + aActivity}) {
            assertEquals(404, b.admin().get(path).status(), path);
            assertEquals(404, b.admin().patch(path, rename, null).status(), path);
            assertEquals(404, b.admin().delete(path, null).status(), path);
        }
        assertEquals(404, b.admin().get("opportunities/" + aOpportunity + "/stage-history").status());
        assertEquals(404, b.admin().get("accounts/" + aAccount + "/timeline").status());
        assertEquals(404, b.admin().get("contacts?accountId=" + aAccount).status());
        assertEquals(200, a.admin().get("contacts/" + aContact).status());
        assertEquals("A's deal", a.admin().get("opportunities/" + aOpportunity).body().getString("name"));
    }

    @Test
    void nothing_can_be_created_against_another_tenants_records() {
        String bAccount = Crm.account(b.admin(), "B's customer");

        assertEquals(404, b.admin().post("contacts", Json.createObjectBuilder().add("accountId", aAccount).add("name",
                "x").build()).status());
        assertEquals(404, b.admin().post("opportunities", Json.createObjectBuilder().add("accountId", aAccount)
                .add("name", "x").build()).status());
        assertEquals(422, b.admin().post("activities", activity("CALL", bAccount).add("contactId", aContact).build())
                .status());
        assertEquals(422, b.admin().post("activities", activity("CALL", bAccount).add("opportunityId", aOpportunity)
                .build()).status());
        assertEquals(422, b.admin().post("opportunities", Json.createObjectBuilder().add("accountId", bAccount)
                .add("name", "x")
                .add("primaryContactId", aContact).build()).status());
    }

    @Test
    void reports_targets_the_process_and_exports_are_per_tenant() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        a.admin().put("daily-reports/" + today, Json.createObjectBuilder().add("progress", "A's day").build());
        String aReport = Crm.items(a.admin().get("daily-reports?from=" + today + "&to=" + today)).getFirst()
                .getString("id");

        assertTrue(Crm.items(b.admin().get("daily-reports?from=" + today + "&to=" + today)).isEmpty());
        assertEquals(404, b.admin().post("daily-reports/" + aReport + "/comments", Json.createObjectBuilder()
                .add("body", "x").build()).status());
        assertEquals(422, b.admin().get("daily-reports?userId=" + a.adminId()).status());
        assertEquals(422, b.admin().post("targets", Json.createObjectBuilder().add("subjectType", "USER")
                .add("subjectId", a.adminId())
                .add("periodKind", "MONTH").add("periodStart", today.substring(0, 8) + "01").add("amount", 1).build())
                        .status());
        Set<String> aStages = new HashSet<>(Crm.activeStages(a.admin()).stream().map(s -> s.getString("id")).toList());
        assertTrue(Crm.activeStages(b.admin()).stream().noneMatch(s -> aStages.contains(s.getString("id"))));
        assertFalse(b.admin().download("accounts/export", "text/csv").raw().body().contains("A's customer"));
    }

    @Test
    void lists_and_the_audit_log_never_show_another_tenants_rows() {
        assertTrue(Crm.items(b.admin().get("opportunities")).isEmpty());
        assertTrue(Crm.items(b.admin().get("activities")).isEmpty());
        assertTrue(Crm.items(b.admin().get("audit?entityId=" + aOpportunity)).isEmpty());
        assertEquals(1, Crm.items(a.admin().get("audit?entityId=" + aOpportunity)).size());
    }
}
