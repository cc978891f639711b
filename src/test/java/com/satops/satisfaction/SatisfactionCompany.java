package com.satops.satisfaction;

import com.satops.support.TestHome;

/**
 * A crafted company for the satisfaction tests: project XXHY (星河湾) with
 * zones A区 and B区, project YYDS (悦东山), their stewards and managers, and
 * survey results whose figures are worked out by hand in the comments.
 */
final class SatisfactionCompany {

    private SatisfactionCompany() {
    }

    static void dropAll() {
        dropRoster();
        dropStaff();
        dropSurveys();
    }

    static void dropRoster() {
        StringBuilder erp = new StringBuilder("项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态\n");
        for (int room = 1501; room <= 1510; room++) {
            erp.append(String.format("XXHY,星河湾,3,2,%d,%s,业主%d,138000%05d,已交房,常住%n", room,
                    room <= 1505 ? "A区" : "B区", room, room));
        }
        for (int room = 101; room <= 103; room++) {
            erp.append(String.format("YYDS,悦东山,1,1,%d,B区,业主%d,,已交房,常住%n", room, room));
        }
        TestHome.dropCsv("erp", "erp.csv", erp.toString());
    }

    static void dropStaff() {
        // A区 of XXHY has two stewards; B区's only steward has left; YYDS has a B区 of its own.
        TestHome.dropCsv("staff", "staff.csv", """
                工号,姓名,岗位,项目编码,片区,邮箱,在职
                S1,赵管家,管家,XXHY,A区,s1@example.com,是
                S2,钱管家,管家,XXHY,A区,,是
                S3,孙管家,管家,XXHY,B区,,否
                S4,李经理,项目经理,XXHY,,pm.xxhy@example.com,是
                S5,周管家,管家,YYDS,B区,,是
                S6,吴经理,项目经理,YYDS,,pm.yyds@example.com,是
                S7,郑经理,项目经理,XXHY,,left.pm@example.com,否
                """);
    }

    /**
     * October 2026, 考核期 rows only:
     * XXHY 8 responses, 3 satisfied (1501, 1502, 1510); unsatisfied: 1503 SECURITY (keyword 保安),
     * 1504 PARKING (停车 is left of 保安), 1505 CLEANING (given, although 电梯 would say FACILITIES),
     * 1506 OTHER (no keyword), 1509 GREENING (its 4 replaced by a later file's 3).
     * 1507 and 1508 lie outside the assessment. YYDS 3 responses, all satisfied.
     * Company: 11 responses, 6 satisfied, 6/11 = 0.545454… → 0.5455.
     * September: XXHY 2 responses, 1 satisfied. November 2025: 1 of 1. October 2025: outside the 12 months.
     */
    static void dropSurveys() {
        TestHome.dropCsv("surveys", "survey-2026-10-a.csv", """
                调查月份,项目编码,房号,评分,不满意原因,原因分类,考核期,调查日期
                2026-10,XXHY,3-2-1501,5,,,是,2026-10-08
                2026-10,XXHY,3-2-1502,4,,,是,2026-10-08
                2026-10,XXHY,3-2-1510,4,,,,2026-10-09
                2026-10,XXHY,3-2-1503,3,保安态度差,,是,2026-10-09
                2026-10,XXHY,3-2-1504,2,停车收费贵，保安也不管,,是,2026-10-10
                2026-10,XXHY,3-2-1505,1,电梯经常坏,清洁卫生,是,2026-10-10
                2026-10,XXHY,3-2-1506,3,希望多搞社区活动,,是,2026-10-11
                2026-10,XXHY,3-2-1507,5,,,否,2026-10-11
                2026-10,XXHY,3-2-1508,2,垃圾没人管,,否,2026-10-12
                2026-10,XXHY,3-2-1509,4,,,是,2026-10-12
                2026-09,XXHY,3-2-1501,5,,,是,
                2026-09,XXHY,3-2-1502,2,卫生不好,,是,
                2025-11,XXHY,3-2-1501,4,,,是,
                2025-10,XXHY,3-2-1501,1,保安态度差,,是,
                2026-10,YYDS,1-1-101,5,,,是,
                2026-10,YYDS,1-1-102,5,,,是,
                2026-10,YYDS,1-1-103,4,,,是,
                """);
        TestHome.dropCsv("surveys", "survey-2026-10-b.csv", """
                调查月份,项目编码,房号,评分,不满意原因,原因分类,考核期,调查日期
                2026-10,XXHY,3栋2单元1509,3,绿化没人淋水,,是,2026-10-20
                """);
    }
}
