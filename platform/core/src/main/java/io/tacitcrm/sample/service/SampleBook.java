package io.tacitcrm.sample.service;

import io.tacitcrm.customer.domain.CompanySize;
import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.customer.domain.ValueTier;
import java.util.List;
import java.util.Locale;

/**
 * The sample book, in English and Chinese: a handful of customers of an SME that sells equipment, each with a contact,
 * a deal and the footprints a rep would have left — some done last week, some planned for the days ahead.
 */
final class SampleBook {

    record Customer(String name, String industry, String region, CompanySize size, ValueTier tier, String contact,
                    String title, DecisionRole role, String deal, int amount, int closeInDays, String visit,
                    String followUp) {
    }

    private static final List<Customer> ENGLISH = List.of(
            new Customer("Sample: Harbor Logistics", "Logistics", "East", CompanySize.MEDIUM, ValueTier.A,
                    "Grace Lin", "Operations Director", DecisionRole.DECISION_MAKER, "Cold-chain tracking", 120_000,
                    30, "Site visit at the depot", "Send the pilot proposal"),
            new Customer("Sample: Lakeside Foods", "Food", "East", CompanySize.SMALL, ValueTier.B, "Tom Zhou",
                    "Plant Manager", DecisionRole.CHAMPION, "Packing line sensors", 45_000, 45,
                    "Demo at the plant", "Call about the budget"),
            new Customer("Sample: Northwind Textiles", "Textiles", "North", CompanySize.LARGE, ValueTier.A,
                    "Helen Wu", "Purchasing Manager", DecisionRole.ECONOMIC_BUYER, "Dye-house monitoring", 260_000,
                    60, "Kick-off meeting", "Visit with the engineer"),
            new Customer("Sample: Sunrise Clinics", "Healthcare", "South", CompanySize.MEDIUM, ValueTier.B,
                    "Dr. Chen", "Head of IT", DecisionRole.EVALUATOR, "Fridge temperature alarms", 38_000, 20,
                    "Introductory call", "Send references"),
            new Customer("Sample: Pioneer Machining", "Manufacturing", "North", CompanySize.SMALL, ValueTier.C,
                    "Ma Jun", "Owner", DecisionRole.DECISION_MAKER, "Spindle vibration kit", 18_000, 15,
                    "Visit at the workshop", "Quote for two machines"),
            new Customer("Sample: Riverbank Hotels", "Hospitality", "South", CompanySize.LARGE, ValueTier.B,
                    "Anna Guo", "Facilities Director", DecisionRole.INFLUENCER, "Energy metering", 90_000, 75,
                    "Lunch with facilities", "Tour of two hotels"));

    private static final List<Customer> CHINESE = List.of(
            new Customer("示例：港湾物流", "物流", "华东",
                    CompanySize.MEDIUM, ValueTier.A, "林雅", "运营总监", DecisionRole.DECISION_MAKER,
                    "冷链追踪", 120_000, 30,
                    "仓库现场拜访", "发送试点方案"),
            new Customer("示例：湖畔食品", "食品", "华东",
                    CompanySize.SMALL, ValueTier.B, "周涛", "厂长", DecisionRole.CHAMPION,
                    "包装线传感器", 45_000, 45,
                    "工厂现场演示", "电话沟通预算"),
            new Customer("示例：北风纺织", "纺织", "华北",
                    CompanySize.LARGE, ValueTier.A, "吴海伦", "采购经理", DecisionRole.ECONOMIC_BUYER,
                    "染整车间监测", 260_000, 60,
                    "项目启动会", "与工程师一起拜访"),
            new Customer("示例：朝阳诊所", "医疗", "华南",
                    CompanySize.MEDIUM, ValueTier.B, "陈医生", "信息科主任", DecisionRole.EVALUATOR,
                    "冷藏柜温度报警", 38_000, 20,
                    "初次电话沟通", "发送标杆客户案例"),
            new Customer("示例：先锋机加工", "制造", "华北",
                    CompanySize.SMALL, ValueTier.C, "马军", "老板", DecisionRole.DECISION_MAKER,
                    "主轴振动监测套件", 18_000, 15,
                    "车间拜访", "两台机床报价"),
            new Customer("示例：河畔酒店", "酒店", "华南",
                    CompanySize.LARGE, ValueTier.B, "郭安娜", "设施总监", DecisionRole.INFLUENCER,
                    "能耗计量", 90_000, 75,
                    "与设施部午餐", "参观两家酒店"));

    private SampleBook() {
    }

    static List<Customer> in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
