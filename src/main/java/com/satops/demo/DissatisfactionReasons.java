package com.satops.demo;

import com.satops.common.domain.ReasonCategory;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Why unhappy owners scored 3 or lower, spread as the company's plan has it
 * (security 19 %, cleaning 20 %, parking 18 %, facilities 24 %, greening 6 %,
 * repair 13 %), and what they said, each phrase holding one of the keywords the
 * satisfaction job maps free text by (保安态度差, 垃圾清运不及时, 停车收费贵, 电梯 …)
 * at its start, and none of another category's.
 */
final class DissatisfactionReasons {

    /** Each category's share of the unhappy owners (percent) and what they say. */
    private record Mix(int percent, String... phrases) {
    }

    private static final Map<ReasonCategory, Mix> MIX = new EnumMap<>(Map.of(
            ReasonCategory.SECURITY, new Mix(19,
                    "保安态度差", "保安素质不高，夜里巡逻少", "服务态度差，门口保安爱理不理", "安全问题多，外来人员随便进出"),
            ReasonCategory.CLEANING, new Mix(20,
                    "垃圾清运不及时", "楼道卫生不好", "清洁不及时，楼道有异味", "四害消杀没做，蟑螂老鼠多"),
            ReasonCategory.PARKING, new Mix(18,
                    "停车收费贵", "停车管理混乱，车位被外来车占用", "门岗管理不严，外卖车随便进"),
            ReasonCategory.FACILITIES, new Mix(24,
                    "电梯经常坏", "儿童游乐设施太少", "公共设施维修管理跟不上", "公摊费用不透明", "公共收益去向不公开"),
            ReasonCategory.GREENING, new Mix(6,
                    "绿化没人淋水", "绿化品种少，草坪都黄了"),
            ReasonCategory.REPAIR, new Mix(13,
                    "客关维修不及时", "客关维修不及时，报修三次才来", "其他房产原因，房屋漏水一直没人管")));

    private static final String[] TAILS = {"", "", "", "，希望改进", "，多次反映没有结果", "，物业要重视"};

    private DissatisfactionReasons() {
    }

    static ReasonCategory category(SplittableRandom random) {
        int draw = random.nextInt(100);
        for (Map.Entry<ReasonCategory, Mix> category : MIX.entrySet()) {
            draw -= category.getValue().percent();
            if (draw < 0) {
                return category.getKey();
            }
        }
        throw new IllegalStateException("category shares must sum to 100");
    }

    /** What the owner said: a phrase of the category, sometimes with an added remark. */
    static String remark(ReasonCategory category, SplittableRandom random) {
        String[] phrases = MIX.get(category).phrases();
        return phrases[random.nextInt(phrases.length)] + TAILS[random.nextInt(TAILS.length)];
    }
}
