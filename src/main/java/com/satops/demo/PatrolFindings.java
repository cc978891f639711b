package com.satops.demo;

import com.satops.common.domain.PatrolCategory;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** What patrols find: the category, where, what, and which department must put it right. */
final class PatrolFindings {

    /** Which department puts a category right, and what patrols write down for it. */
    private record Finding(String department, String... descriptions) {
    }

    private static final Map<PatrolCategory, Finding> FINDINGS = new EnumMap<>(Map.of(
            PatrolCategory.CLEANING, new Finding("环境部",
                    "楼道堆放杂物", "垃圾桶满溢未清运", "地面有油污未清理", "电梯轿厢有污渍", "楼梯扶手积灰"),
            PatrolCategory.GREENING, new Finding("环境部",
                    "草坪枯黄需补种", "灌木未修剪遮挡路灯", "绿化带积水", "树枝断裂存在安全隐患"),
            PatrolCategory.FACILITIES, new Finding(StaffRoster.ENGINEERING,
                    "电梯按钮损坏", "路灯不亮", "单元门禁失灵", "消防栓箱门破损", "楼道灯不亮", "雨水篦子缺失"),
            PatrolCategory.SECURITY, new Finding("秩序部",
                    "消防通道被占用", "监控摄像头离线", "外墙瓷砖松动", "天台门未上锁"),
            PatrolCategory.PARKING, new Finding("秩序部",
                    "车辆乱停占用消防通道", "道闸抬杆故障", "地库指示牌缺失", "非机动车乱停放"),
            PatrolCategory.OTHER, new Finding(StaffRoster.CUSTOMER_SERVICE,
                    "公告栏过期通知未撤", "快递柜旁纸箱堆积", "宣传栏破损")));

    /** Weekly patrols are led by managers and look at the whole estate (weights in PatrolCategory order). */
    private static final int[] WEEKLY_WEIGHTS = {25, 15, 25, 15, 12, 8};
    /** Stewards' daily rounds find mostly cleaning and small repairs. */
    private static final int[] DAILY_WEIGHTS = {35, 10, 25, 10, 15, 5};

    private static final String[] COMMON_PLACES = {
        "中心花园", "东门岗亭", "南门", "儿童游乐区", "会所", "小区主干道", "地下车库B1层", "地下车库B2层"
    };

    private PatrolFindings() {
    }

    static PatrolCategory weeklyCategory(SplittableRandom random) {
        return weighted(WEEKLY_WEIGHTS, random);
    }

    static PatrolCategory dailyCategory(SplittableRandom random) {
        return weighted(DAILY_WEIGHTS, random);
    }

    static String description(PatrolCategory category, SplittableRandom random) {
        String[] descriptions = FINDINGS.get(category).descriptions();
        return descriptions[random.nextInt(descriptions.length)];
    }

    /** 责任部门 as the patrol sheet names it. */
    static String department(PatrolCategory category) {
        return FINDINGS.get(category).department();
    }

    /** A place in or near a building of the zone, or one of the estate's common areas. */
    static String location(Building building, SplittableRandom random) {
        int b = building.number();
        return switch (random.nextInt(7)) {
            case 0 -> building.hasUnits() ? b + "栋" + (1 + random.nextInt(building.units())) + "单元大堂" : b + "栋大堂";
            case 1 -> b + "栋电梯厅";
            case 2 -> b + "栋楼顶天台";
            case 3 -> b + "栋东侧消防通道";
            case 4 -> b + "栋旁垃圾收集点";
            default -> COMMON_PLACES[random.nextInt(COMMON_PLACES.length)];
        };
    }

    private static PatrolCategory weighted(int[] weights, SplittableRandom random) {
        PatrolCategory[] categories = PatrolCategory.values();
        int draw = random.nextInt(100);
        for (int i = 0; i < categories.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return categories[i];
            }
        }
        throw new IllegalStateException("weights must sum to 100");
    }
}
