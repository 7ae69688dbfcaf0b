package io.tacitcrm.sample.demo;

import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo's knowledge base: switched on by the administrator, a few articles the sales director wrote and published,
 * and citations a rep made while selling — through the plugin's API, like any client. Skipped when the server has no
 * knowledge plugin installed.
 */
final class DemoKnowledge {

    private static final Logger LOG = Logger.getLogger(DemoKnowledge.class.getName());
    private static final String API = "x/knowledge/";

    private record Article(String title, String category, List<String> tags, String body) {
    }

    private static final List<Article> ARTICLES = List.of(
            new Article("对比华为工业网关：我们赢在哪里", "COMPETITOR", List.of("华为", "竞品", "网关"), """
                    ## 什么时候会遇到
                    客户已有华为 IoT 平台，或者采购部拿华为报价压价。

                    ## 我们的优势
                    - **本地化交付**：杭州团队 48 小时到场，华为通常走渠道。
                    - **产线协议**：原生支持 Modbus、西门子 S7、三菱 MC，无需额外授权。
                    - **总拥有成本**：三年 TCO 低约 18%（见下表）。

                    | 项目 | 云帆 | 华为 |
                    |---|---|---|
                    | 网关单价 | ¥6,800 | ¥7,500 |
                    | 协议授权 | 含 | 另计 |

                    ## 不要说
                    不要贬低对手的品牌；讲清楚交付和成本。"""),
            new Article("标杆客户：杭州恒信物流 6 周上线", "REFERENCE_CUSTOMER", List.of("物流", "华东", "案例"), """
                    杭州恒信物流 2026 年 3 月上线仓储设备监控，**6 周**完成 42 台叉车和 3 条分拣线接入。

                    - 设备故障停机时间下降 31%
                    - 客户联系人：运营总监周总（可安排参观）"""),
            new Article("Objection: \"Your price is higher than the local integrator\"", "OBJECTION",
                    List.of("price", "异议"), """
                    1. Agree that the first quote is higher.
                    2. Show the **three-year cost**: maintenance, protocol licences, downtime.
                    3. Offer a paid pilot on one line, credited against the full order."""),
            new Article("产品：云帆边缘网关 EG-300", "PRODUCT", List.of("网关", "产品手册"), """
                    EG-300 支持 4 路以太网、2 路 RS-485，工作温度 -20℃ 到 70℃。

                    **适合**：离散制造产线、仓储物流设备联网。"""),
            new Article("方案：注塑车间设备联网", "SOLUTION", List.of("注塑", "制造业", "方案"), """
                    面向 20–80 台注塑机的车间：网关采集、能耗看板、模具寿命预警。标准交付周期 8 周。"""));

    private DemoKnowledge() {
    }

    static void load(Map<String, TacitClient> sessions, String adminEmail, String directorEmail, String repEmail,
                     List<String> repAccounts) {
        var on = sessions.get(adminEmail).patch("plugins/knowledge", Json.createObjectBuilder().add("enabled", true)
                .build(), null);
        if (on.status() != 200) {
            LOG.info(() -> "No knowledge base on this server (" + on.status() + "); the demo goes without it");
            return;
        }
        TacitClient director = sessions.get(directorEmail);
        List<String> ids = ARTICLES.stream().map(a -> publish(director, a)).toList();
        TacitClient rep = sessions.get(repEmail);
        for (int i = 0; i < repAccounts.size() && i < 3; i++) {
            cite(rep, ids.get(i % 2), "ACCOUNT", repAccounts.get(i), i == 0 ? "客户提到正在和华为比较" : "用于介绍同行案例");
        }
        LOG.info(() -> "Demo knowledge base: " + ids.size() + " articles");
    }

    private static String publish(TacitClient director, Article a) {
        JsonArrayBuilder tags = Json.createArrayBuilder();
        a.tags().forEach(tags::add);
        var created = director.post(API + "articles", Json.createObjectBuilder().add("title", a.title())
                .add("category", a.category())
                .add("tags", tags).add("body", a.body()).build());
        if (created.status() != 201) {
            throw new IllegalStateException("Demo article failed: " + created.status() + " " + created.body());
        }
        String id = created.body().getString("id");
        director.post(API + "articles/" + id + "/publish", Json.createObjectBuilder().build());
        return id;
    }

    private static void cite(TacitClient rep, String article, String type, String record, String note) {
        rep.post(API + "citations", Json.createObjectBuilder().add("articleId", article).add("recordType", type)
                .add("recordId", record).add("note", note).build());
    }
}
