package io.tacitcrm.sample.demo;

import java.util.List;

/**
 * The demo company's sales force beyond the five named logins: three regional teams under the sales director, 22 reps
 * in all. Five reps are the company's best — they hold the larger customers and sell the way the others do not
 * ({@link DemoHistory} plants how); 刘洋 is one of them, 陈静 is not.
 */
final class DemoOrg {

    /** A regional team: its manager (null e-mail for 张强, the existing 华东 manager) and its region. */
    record Region(String key, String name, String managerEmail, String managerName) {
    }

    /** A rep, their region, and whether they sell like the best. */
    record Rep(String email, String name, String region, boolean top) {
    }

    static final String EAST = "east";
    static final String NORTH = "north";
    static final String SOUTH = "south";

    static final List<Region> REGIONS = List.of(
            new Region(EAST, "华东", "zhang.qiang@yunfan.example", "张强"),
            new Region(NORTH, "华北", "zhao.min@yunfan.example", "赵敏"),
            new Region(SOUTH, "华南", "huang.lei@yunfan.example", "黄磊"));

    static final List<Rep> REPS = List.of(
            new Rep("liu.yang@yunfan.example", "刘洋", EAST, true),
            new Rep("chen.jing@yunfan.example", "陈静", EAST, false),
            new Rep("sun.hao@yunfan.example", "孙浩", EAST, false),
            new Rep("zhou.ting@yunfan.example", "周婷", EAST, true),
            new Rep("wu.fan@yunfan.example", "吴凡", EAST, false),
            new Rep("xu.lei@yunfan.example", "徐磊", EAST, false),
            new Rep("ma.li@yunfan.example", "马丽", EAST, false),
            new Rep("zhu.jun@yunfan.example", "朱军", EAST, false),
            new Rep("hu.yan@yunfan.example", "胡艳", NORTH, true),
            new Rep("guo.tao@yunfan.example", "郭涛", NORTH, false),
            new Rep("he.min@yunfan.example", "何敏", NORTH, false),
            new Rep("lin.chao@yunfan.example", "林超", NORTH, false),
            new Rep("luo.jie@yunfan.example", "罗杰", NORTH, false),
            new Rep("gao.fang@yunfan.example", "高芳", NORTH, false),
            new Rep("zheng.yong@yunfan.example", "郑勇", NORTH, false),
            new Rep("liang.xue@yunfan.example", "梁雪", SOUTH, true),
            new Rep("xie.ming@yunfan.example", "谢明", SOUTH, false),
            new Rep("song.jia@yunfan.example", "宋佳", SOUTH, false),
            new Rep("tang.bo@yunfan.example", "唐波", SOUTH, true),
            new Rep("han.xu@yunfan.example", "韩旭", SOUTH, false),
            new Rep("feng.qian@yunfan.example", "冯倩", SOUTH, false),
            new Rep("deng.kai@yunfan.example", "邓凯", SOUTH, false));

    private DemoOrg() {
    }

    static Region region(String key) {
        return REGIONS.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
