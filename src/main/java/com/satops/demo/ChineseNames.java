package com.satops.demo;

import java.util.SplittableRandom;

/**
 * Plausible Chinese personal names: a common surname (the commonest drawn most
 * often) and a one- or two-character given name. Every character is in GBK, so
 * names survive the GB18030 roster export.
 */
final class ChineseNames {

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                    + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private static final String GIVEN =
            "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国志文斌宇浩凯健俊帆帅旭宁婷雪琳晶欣"
                    + "佳怡子涵梓轩一诺雨欣浩然思远嘉豪晓东海燕春梅立新永红振华德明淑珍秀兰玉梅丹阳亮辉鑫磊晨博";

    private ChineseNames() {
    }

    static String next(SplittableRandom random) {
        // Squaring the draw favours the front of the list, as 王李张刘陈 lead real name statistics.
        double u = random.nextDouble();
        char surname = SURNAMES.charAt((int) (u * u * SURNAMES.length()));
        StringBuilder name = new StringBuilder(3).append(surname);
        int givenLength = random.nextDouble() < 0.3 ? 1 : 2;
        for (int i = 0; i < givenLength; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
