package io.tacitcrm.sample.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/** The demo history's words: company and people names, footprint subjects, report texts — in Chinese, from a seed. */
final class DemoWords {

    private static final String[] CITIES = {"上海", "苏州", "杭州", "宁波", "南京", "无锡", "北京",
        "天津", "青岛", "济南", "石家庄", "大连", "广州", "深圳", "东莞", "佛山", "厦门",
        "长沙", "武汉", "合肥"};
    private static final String[] MARKS = {"华瑞", "中联", "金达", "恒通", "盛世", "联创", "宏图",
        "东方", "天成", "永安",
        "嘉禾", "瑞丰", "新达", "凯旋", "同舟", "海纳", "锦程", "安泰", "卓越", "信诚"};
    private static final String[] TRADES = {"精密机械", "电子科技", "食品", "物流", "医疗器械",
        "化工", "家居", "建材",
        "汽车零部件", "软件", "纺织", "新能源", "环保科技", "包装", "光电"};
    private static final String[] INDUSTRIES = {"制造业", "电子", "食品", "物流", "医疗", "化工", "家居",
        "建材",
        "汽车零部件", "软件", "纺织", "能源", "环保", "包装", "光电"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴",
        "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "艳", "杰",
        "军", "涛",
        "明", "超", "秀英", "建华", "晓东", "志强", "海燕"};
    private static final String[] PRODUCTS = {"智能网关", "产线数据采集", "设备预测性维护",
        "能耗管理平台", "质量追溯系统"};
    private static final String[] TOUCHES = {"CALL", "CALL", "EMAIL", "VISIT", "MEETING"};
    private static final String[] OUTCOMES = {"客户有兴趣", "需要内部讨论", "确认了下一步",
        "客户提出新需求", "等待预算审批",
        "对方案反馈积极"};
    private static final String[] NEXT_STEPS = {"安排技术交流", "提交修订报价", "约见采购负责人",
        "准备现场演示",
        "跟进合同条款"};
    private static final String[] OBSTACLES = {"客户预算审批周期较长", "竞争对手报价更低",
        "技术对接需要更多资料", "无",
        "关键人出差，会议延期"};

    private final Random random;

    DemoWords(Random random) {
        this.random = random;
    }

    String company() {
        return pick(CITIES) + pick(MARKS) + pick(TRADES) + "有限公司";
    }

    String industry() {
        return pick(INDUSTRIES);
    }

    String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    String phone() {
        return "0" + (10 + random.nextInt(890)) + "-" + (6000_0000 + random.nextInt(3999_9999));
    }

    String mobile() {
        return "13" + random.nextInt(10) + " " + (1000 + random.nextInt(9000)) + " " + (1000 + random.nextInt(9000));
    }

    String dealName(String company, Instant start) {
        String shortName = company.length() > 6 ? company.substring(2, 6) : company;
        return shortName + " · " + pick(PRODUCTS) + " " + LocalDate.ofInstant(start, DemoHistory.ZONE).getYear();
    }

    String nextStep() {
        return pick(NEXT_STEPS);
    }

    String touchType() {
        return pick(TOUCHES);
    }

    String subject(String type) {
        return switch (type) {
            case "CALL" -> "电话沟通：" + pick(PRODUCTS) + "需求";
            case "VISIT" -> "上门拜访，了解现场情况";
            case "MEETING" -> "与客户团队开会";
            case "EMAIL" -> "邮件发送资料";
            case "DEMO" -> "产品演示：" + pick(PRODUCTS);
            case "QUOTE" -> "提交报价方案";
            default -> "记录客户反馈";
        };
    }

    String outcome() {
        return pick(OUTCOMES);
    }

    int minutes(String type) {
        return switch (type) {
            case "VISIT", "DEMO" -> 60 + 30 * random.nextInt(3);
            case "MEETING" -> 45 + 15 * random.nextInt(4);
            case "CALL" -> 10 + 5 * random.nextInt(5);
            default -> 15;
        };
    }

    String progress() {
        return "拜访" + pick(CITIES) + "客户，沟通" + pick(PRODUCTS) + "方案；" + pick(OUTCOMES) + "。";
    }

    String plan() {
        return pick(NEXT_STEPS) + "，" + pick(NEXT_STEPS) + "。";
    }

    String obstacles() {
        return pick(OBSTACLES);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
