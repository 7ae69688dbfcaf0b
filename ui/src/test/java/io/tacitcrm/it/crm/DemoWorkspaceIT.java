package io.tacitcrm.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.sample.demo.DemoTenant;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo workspace the launcher loads: every step goes through the public API and leaves the access model at work. */
class DemoWorkspaceIT {

    @Test
    void the_demo_loads_through_the_api_with_teams_rules_a_handover_a_pool_and_a_knowledge_base() {
        TacitClient api = TestServer.get().api();
        DemoTenant.loadOnce(api);
        TacitClient liu = api.login(DemoTenant.WORKSPACE, "liu.yang@yunfan.example", DemoTenant.PASSWORD);
        TacitClient chen = api.login(DemoTenant.WORKSPACE, "chen.jing@yunfan.example", DemoTenant.PASSWORD);
        Map<String, String> visible = liu.get("accounts?limit=200").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("name"), a -> a.getString("id")));

        assertTrue(visible.containsKey("济南泉城建材有限公司"), "handed over to 刘洋: " + visible.keySet());
        assertTrue(visible.containsKey("广州南方汽配有限公司"), "South China opened to his team by a rule: " + visible.keySet());
        String jinan = visible.get("济南泉城建材有限公司");
        assertEquals(200, liu.get("accounts/" + jinan + "/handover").status());
        assertEquals(200, chen.get("accounts/" + jinan).status(), "the previous owner reads it during co-ownership");
        assertEquals(403, chen.patch("accounts/" + jinan, jakarta.json.Json.createObjectBuilder().add("name", "x").build(), null).status());
        assertEquals(90, liu.get("pool/policy").body().getInt("idleDays"));
        var articles = liu.get("x/knowledge/articles?q=" + java.net.URLEncoder.encode("华为", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, articles.status(), "the demo switched the knowledge base on");
        assertEquals("对比华为工业网关：我们赢在哪里", articles.body().getJsonArray("items").getJsonObject(0).getString("title"));
        assertTrue(liu.get("x/knowledge/citations?recordType=ACCOUNT&recordId=" + visible.get("上海明德精密机械有限公司")).array().size() >= 1,
                "刘洋 cited it while selling");
    }
}
