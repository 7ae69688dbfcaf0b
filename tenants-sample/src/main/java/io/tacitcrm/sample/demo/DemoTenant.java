package io.tacitcrm.sample.demo;

import io.tacitcrm.testkit.DatabaseSettings;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * 云帆智能科技 (Yunfan Intelligent Technology), a Hangzhou SME: a general manager, a sales director, a sales manager
 * and two reps, each with their customers. Loaded once through the public REST API; a second run finds the workspace
 * taken and leaves it as it is.
 */
public final class DemoTenant {

    public static final String WORKSPACE = "demo";
    public static final String PASSWORD = "Yunfan-2026-sales";
    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());

    /** A demo login: e-mail, name and the index of their role in the default tree (0 = top). */
    public record Person(String email, String name, int roleLevel) {
    }

    public static final Person ADMIN = new Person("wang.wei@yunfan.example", "王伟", 0);
    public static final List<Person> TEAM = List.of(
            new Person("li.na@yunfan.example", "李娜", 1),
            new Person("zhang.qiang@yunfan.example", "张强", 2),
            new Person("liu.yang@yunfan.example", "刘洋", 3),
            new Person("chen.jing@yunfan.example", "陈静", 3));

    private record Customer(String owner, String name, String industry, String region, String size, String tier,
            String phone) {
    }

    private static final List<Customer> CUSTOMERS = List.of(
            new Customer("liu.yang@yunfan.example", "上海明德精密机械有限公司", "制造业", "华东", "MEDIUM", "A", "021-5888 1234"),
            new Customer("liu.yang@yunfan.example", "苏州恒信电子有限公司", "电子", "华东", "SMALL", "B", "0512-6678 2201"),
            new Customer("liu.yang@yunfan.example", "杭州绿源食品有限公司", "食品", "华东", "MEDIUM", "B", "0571-8712 3345"),
            new Customer("liu.yang@yunfan.example", "宁波港通物流有限公司", "物流", "华东", "LARGE", "A", "0574-2765 9900"),
            new Customer("chen.jing@yunfan.example", "北京华智医疗科技有限公司", "医疗", "华北", "MEDIUM", "A", "010-6543 7788"),
            new Customer("chen.jing@yunfan.example", "天津渤海化工集团", "化工", "华北", "ENTERPRISE", "A", "022-2345 6600"),
            new Customer("chen.jing@yunfan.example", "青岛海岸家居有限公司", "家居", "华北", "SMALL", "C", "0532-8090 1122"),
            new Customer("chen.jing@yunfan.example", "济南泉城建材有限公司", "建材", "华北", "MEDIUM", "C", "0531-8866 4321"),
            new Customer("zhang.qiang@yunfan.example", "广州南方汽配有限公司", "汽车零部件", "华南", "LARGE", "B", "020-3899 5566"),
            new Customer("zhang.qiang@yunfan.example", "深圳前海云数据有限公司", "软件", "华南", "SMALL", "B", "0755-8622 7070"),
            new Customer("li.na@yunfan.example", "成都天府教育集团", "教育", "西南", "LARGE", "A", "028-8555 0101"),
            new Customer("li.na@yunfan.example", "武汉光谷光电有限公司", "光电", "华中", "MEDIUM", "B", "027-8777 3030"),
            new Customer("wang.wei@yunfan.example", "Acme Robotics (Shanghai) Co., Ltd.", "Robotics", "华东",
                    "MEDIUM",
                    "A", "+86 21 6100 2000"));

    private DemoTenant() {
    }

    /**
     * Loads the demo tenant unless its workspace already exists: the story through the API, then two years of
     * history in bulk through the application role of {@code database}. Returns true when it was loaded now.
     */
    public static boolean loadOnce(TacitClient api, DatabaseSettings database) {
        var signup = api.post("signup", Json.createObjectBuilder()
                .add("company", "云帆智能科技有限公司").add("workspace", WORKSPACE)
                .add("adminName", ADMIN.name()).add("adminEmail", ADMIN.email())
                .add("password", PASSWORD).add("locale", "zh-CN").build());
        if (signup.status() == 409) {
            LOG.info("Demo workspace already exists; leaving it as it is");
            return false;
        }
        if (signup.status() != 201) {
            throw new IllegalStateException("Demo sign-up failed: " + signup.status() + " " + signup.body());
        }
        TacitClient admin = api.login(WORKSPACE, ADMIN.email(), PASSWORD);
        List<String> roleIdsTopDown = roleIdsTopDown(admin);
        Map<String, TacitClient> sessions = new HashMap<>();
        sessions.put(ADMIN.email(), admin);
        for (Person p : TEAM) {
            var created = admin.post("users", Json.createObjectBuilder().add("email", p.email()).add("name", p.name())
                    .add("roleId", roleIdsTopDown.get(p.roleLevel())).add("password", PASSWORD).build());
            if (created.status() != 201) {
                throw new IllegalStateException("Demo user " + p.email() + " failed: " + created.status() + " "
                        + created.body());
            }
            sessions.put(p.email(), api.login(WORKSPACE, p.email(), PASSWORD));
        }
        DemoSalesForce force = DemoSalesForce.create(admin, roleIdsTopDown, sessions);
        List<JsonObject> process = admin.get("process").body().getJsonArray("stages").getValuesAs(JsonObject.class);
        List<String> stages = process.stream().map(st -> st.getString("id")).toList();
        Map<String, String> accountIds = new HashMap<>();
        for (int i = 0; i < CUSTOMERS.size(); i++) {
            Customer c = CUSTOMERS.get(i);
            JsonObjectBuilder body = Json.createObjectBuilder().add("name", c.name()).add("industry", c.industry())
                    .add("region", c.region()).add("size", c.size()).add("valueTier", c.tier()).add("phone", c.phone());
            var created = sessions.get(c.owner()).post("accounts", body.build());
            if (created.status() != 201) {
                throw new IllegalStateException("Demo account " + c.name() + " failed: " + created.status() + " "
                        + created.body());
            }
            accountIds.put(c.name(), created.body().getString("id"));
            sellTo(sessions.get(c.owner()), created.body().getString("id"), c.name(), i, stages);
        }
        reportsAndTargets(sessions);
        sellingTogether(sessions, accountIds);
        DemoKnowledge.load(sessions, ADMIN.email(), "li.na@yunfan.example", "liu.yang@yunfan.example",
                CUSTOMERS.stream().filter(c -> c.owner().equals("liu.yang@yunfan.example")).map(c
                        -> accountIds.get(c.name())).toList());
        DemoHistory.Summary history = force.history(database, process);
        switchOn(admin, "visit-cadence");
        switchOn(admin, "analytics");
        force.grantManagersLikeTheSalesManager(roleIdsTopDown.get(2));
        LOG.info(() -> "Demo workspace loaded: " + force.users() + " users, " + CUSTOMERS.size() + " accounts told"
                + " through the API, and history in bulk: " + history);
        return true;
    }

    /** A module, when the server has it: switched on last, so that it sees (and may backfill) the whole demo. */
    private static void switchOn(TacitClient admin, String module) {
        var on = admin.patch("plugins/" + module, Json.createObjectBuilder().add("enabled", true).build(), null);
        if (on.status() != 200) {
            LOG.info(() -> "No " + module + " module on this server (" + on.status() + "); the demo goes without it");
        }
    }

    /**
     * The access model at work: an East China key-account team that also reads South China's customers by a sharing
     * rule,
     * a solution engineer on one customer's team, a customer handed over (with its dossier) from 陈静 to 刘洋 while she
     * keeps reading it for 30 days, and a public pool for customers untended for 90 days.
     */
    private static void sellingTogether(Map<String, TacitClient> sessions, Map<String, String> accountIds) {
        TacitClient admin = sessions.get(ADMIN.email());
        Map<String, String> ids = new HashMap<>();
        for (Person p : TEAM) {
            ids.put(p.email(), sessions.get(p.email()).get("me").body().getString("id"));
        }
        String team = require(admin.post("teams", Json.createObjectBuilder().add("name", "华东重点客户组")
                .add("leaderId", ids.get("zhang.qiang@yunfan.example"))
                .add("memberIds", Json.createArrayBuilder().add(ids.get("liu.yang@yunfan.example"))
                        .add(ids.get("chen.jing@yunfan.example")))
                .build())).getString("id");
        require(admin.post("sharing/rules", Json.createObjectBuilder().add("name",
                "华南客户对华东重点客户组开放").add("object",
                "account")
                .add("kind", "CRITERIA").add("criteria", Json.createObjectBuilder().add("field", "region")
                        .add("values", Json.createArrayBuilder().add("华南")))
                .add("granteeType", "TEAM").add("granteeId", team).add("access", "READ").build()));
        require(sessions.get("liu.yang@yunfan.example").post("accounts/" + accountIds.get("上海明德精密机械有限公司") + "/team",
                Json.createObjectBuilder().add("userId", ids.get("chen.jing@yunfan.example")).add("teamRole",
                        "方案工程师")
                        .add("access", "READ").build()));
        require(sessions.get("li.na@yunfan.example").post("transfers", Json.createObjectBuilder()
                .add("criteria", Json.createObjectBuilder().add("accountIds", Json.createArrayBuilder()
                        .add(accountIds.get("济南泉城建材有限公司"))))
                .add("toUserId", ids.get("liu.yang@yunfan.example")).add("coOwnershipDays", 30).add("note",
                        "陈静转向华北大客户，济南交由刘洋跟进")
                .build()));
        var policy = admin.put("pool/policy", Json.createObjectBuilder().add("idleDays", 90).add("claimCap", 10)
                .build());
        if (policy.status() != 200) {
            throw new IllegalStateException("Demo pool policy failed: " + policy.status() + " " + policy.body());
        }
    }

    /**
     * A contact, an opportunity and footprints at the customer, moved as far through the default process as the
     * customer's index says — through the API, so each move meets the stage's requirements like a rep's would.
     */
    private static void sellTo(TacitClient rep, String account, String name, int index, List<String> stages) {
        String contact = require(rep.post("contacts", Json.createObjectBuilder().add("accountId", account)
                .add("name", SURNAMES.get(index % SURNAMES.size()) + "总").add("title", "总经理")
                        .add("decisionRole",
                        "DECISION_MAKER")
                .add("phone", "138 0000 " + (1000 + index)).build())).getString("id");
        String deal = require(rep.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", name.length() > 6 ? name.substring(0, 6) + " · 2027 采购" : name + " · 2027 采购")
                .add("amount", 80_000 + index * 35_000).add("currency", "CNY").add("closeDate", "2027-0" + (1
                        + index % 6) + "-28")
                .add("primaryContactId", contact).add("nextStep", "安排技术交流").build())).getString("id");
        footprint(rep, account, deal, contact, "CALL", "首次电话沟通需求", "2026-11-02T10:00:00+08:00");
        move(rep, deal, stages.get(1));
        if (index % 5 >= 1) {
            footprint(rep, account, deal, contact, "VISIT", "上门拜访，了解产线现状", "2026-11-09T14:00:00+08:00");
            move(rep, deal, stages.get(2));
        }
        if (index % 5 >= 2) {
            footprint(rep, account, deal, contact, "QUOTE", "提交报价方案", "2026-11-16T16:00:00+08:00");
            move(rep, deal, stages.get(3));
        }
        if (index % 5 == 4) {
            String reason = rep.get("process/close-reasons").body().getJsonArray("reasons")
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("kind").equals("WON"))
                    .skip(2).findFirst().orElseThrow().getString("id"); // 客户关系
            var won = rep.post("opportunities/" + deal + "/stage", Json.createObjectBuilder()
                    .add("stageId", stages.get(4)).add("closeReasonId", reason).build());
            if (won.status() != 200) {
                throw new IllegalStateException("Demo stage move failed: " + won.status() + " " + won.body());
            }
        }
    }

    /** Today's report of one rep (the other has not reported yet) and this month's targets set by their manager. */
    private static void reportsAndTargets(Map<String, TacitClient> sessions) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(zone);
        TacitClient rep = sessions.get("liu.yang@yunfan.example");
        String account = rep.get("accounts?limit=1").body().getJsonArray("items").getJsonObject(0).getString("id");
        for (String[] f : new String[][]{{"VISIT", "DONE", "09:30", "现场拜访，确认报价范围"}, {"CALL",
                "DONE", "14:00",
                "电话跟进技术问题"},
                {"MEETING", "PLANNED", "16:30", "与采购部门开会"}}) {
            // a done footprint cannot lie ahead, nor a planned one behind: loaded early, the day's are earlier
            ZonedDateTime at = today.atTime(LocalTime.parse(f[2])).atZone(zone);
            ZonedDateTime now = ZonedDateTime.now(zone);
            if (f[1].equals("DONE") && at.isAfter(now)) {
                at = now.minusMinutes(f[0].equals("VISIT") ? 90 : 30);
            } else if (f[1].equals("PLANNED") && at.isBefore(now)) {
                at = now.plusHours(1);
            }
            require(rep.post("activities", Json.createObjectBuilder().add("type", f[0]).add("status", f[1])
                    .add("subject", f[3])
                    .add("occurredAt", at.toOffsetDateTime().toString()).add("durationMinutes", 30).add("accountId",
                            account).build()));
        }
        var report = rep.put("daily-reports/" + today, Json.createObjectBuilder()
                .add("progress", "拜访宁波港通物流，确认报价范围；电话跟进苏州恒信。").add("plan", "准备杭州绿源的商务谈判材料")
                .add("obstacles", "客户预算审批周期较长").add("timeZone", zone.getId()).build());
        if (report.status() != 200) {
            throw new IllegalStateException("Demo report failed: " + report.status() + " " + report.body());
        }
        TacitClient manager = sessions.get("zhang.qiang@yunfan.example");
        for (String email : List.of("liu.yang@yunfan.example", "chen.jing@yunfan.example")) {
            String id = sessions.get(email).get("me").body().getString("id");
            require(manager.post("targets?timeZone=" + zone.getId(), Json.createObjectBuilder().add("subjectType",
                    "USER")
                    .add("subjectId", id).add("periodKind", "MONTH").add("periodStart", today.withDayOfMonth(1)
                            .toString())
                    .add("amount", 600_000).add("currency", "CNY").build()));
        }
    }

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周",
            "吴", "徐", "孙",
            "马");

    private static void footprint(TacitClient rep, String account, String deal, String contact, String type,
            String subject, String at) {
        require(rep.post("activities", Json.createObjectBuilder().add("type", type).add("status", "DONE")
                .add("subject", subject)
                .add("occurredAt", at).add("durationMinutes", 45).add("accountId", account).add("opportunityId", deal)
                .add("contactId", contact).add("outcome", "客户有兴趣").build()));
    }

    private static void move(TacitClient rep, String deal, String stage) {
        var moved = rep.post("opportunities/" + deal + "/stage", Json.createObjectBuilder().add("stageId", stage)
                .build());
        if (moved.status() != 200) {
            throw new IllegalStateException("Demo stage move failed: " + moved.status() + " " + moved.body());
        }
    }

    private static JsonObject require(TacitClient.Reply created) {
        if (created.status() != 201) {
            throw new IllegalStateException("Demo data failed: " + created.status() + " " + created.body());
        }
        return created.body();
    }

    /** The default role tree is a chain; walk it from the root down. */
    private static List<String> roleIdsTopDown(TacitClient admin) {
        var roles = admin.get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> chain = new ArrayList<>();
        String parent = null;
        for (int i = 0; i < roles.size(); i++) {
            for (JsonObject r : roles) {
                String p = r.get("parentId") instanceof JsonString s ? s.getString() : null;
                if (Objects.equals(p, parent)) {
                    parent = r.getString("id");
                    chain.add(parent);
                    break;
                }
            }
        }
        return chain;
    }
}
