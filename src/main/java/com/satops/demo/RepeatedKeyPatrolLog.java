package com.satops.demo;

import com.satops.common.inbox.InboxKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A patrol issue log of a given size in which most issues are listed more than
 * once, as an export that appends every status update to the log: the proof that
 * superseded rows leave staging in time linear in the file and that a big file
 * streams through a small heap. Each description is a steward's long account of
 * the issue (about 600 characters), so 200 MB are about 110,000 rows.
 *
 * <p>Issue {@code k} is listed {@code 1 + k % 3} times, in rounds: every issue,
 * then those listed at least twice, then those listed three times, so a key's
 * listings lie far apart in the file. Its last listing is 已销项 with a
 * 销项日期 and its 位置 says which listing it is (第n次上报); earlier ones are
 * open or in progress, so a wrong winner shows. One row in 20,000, the first
 * at row 500, names an unknown project (a planted bad row of its own key). A
 * one-household roster makes the project known in the same import.
 */
public final class RepeatedKeyPatrolLog {

    /** The project the log is of, a code the demo company's catalogue never gives. */
    public static final String PROJECT = "CFJC";
    static final String PROJECT_NAME = "长峰嘉城";
    static final String UNKNOWN_PROJECT = "WZXM";
    private static final int BAD_ROW_EVERY = 20_000;
    private static final int MAX_LISTINGS = 3;
    private static final int DESCRIPTION_CHARS = 600;
    private static final String[] FINDINGS = {
        "楼道堆放杂物", "垃圾桶满溢未清运", "地面有油污未清理", "电梯按钮损坏", "路灯不亮", "单元门禁失灵",
        "消防通道被占用", "监控摄像头离线", "外墙瓷砖松动", "道闸抬杆故障", "绿化带积水", "雨水篦子缺失"
    };
    private static final String[] ACCOUNT = {
        "管家巡查时发现现场情况与上次记录一致，已拍照留存并通知责任部门。",
        "责任部门回复已安排人员处理，预计三个工作日内完成整改。",
        "业主在群内反映该问题影响日常出行，要求尽快处理并反馈结果。",
        "现场已设置警示标识，夜间增加巡查频次，防止发生安全事故。",
        "维修人员到场检查后确认需更换配件，配件采购流程已提交审批。",
        "复查时发现整改未完全到位，已再次通知责任人限期完成。",
        "项目经理周巡时再次确认该问题，要求纳入本周重点督办事项。",
        "整改完成后已通知业主查看，业主表示基本满意，后续持续关注。"
    };

    /**
     * What was written: the two files, the log's size, its data rows, its distinct issues, the
     * planted bad rows, and how many issues are listed once, twice and three times (by the
     * 位置 their last listing carries).
     */
    public record Written(Path roster, Path log, long bytes, long rows, long issues, long plantedBadRows,
                          Map<String, Long> issuesByLastListing) {

        public double megabytes() {
            return bytes / (1024.0 * 1024.0);
        }
    }

    private RepeatedKeyPatrolLog() {
    }

    /** The 位置 of an issue's n-th listing. */
    public static String listingPlace(int listing) {
        return "第" + listing + "次上报";
    }

    /** Writes the roster into {@code inbox/erp/} and a log of about {@code megabytes} into {@code inbox/patrol/}. */
    public static Written write(Path inbox, int megabytes, LocalDate today, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path roster = Files.createDirectories(inbox.resolve(InboxKind.ERP.folder())).resolve("房屋台账-" + PROJECT + ".csv");
        try (CsvTable table = CsvTable.create(roster, CsvTable.Encoding.UTF8)) {
            table.header("项目编码", "项目名称", "楼栋", "单元", "房号", "片区", "业主姓名", "联系电话", "交房状态", "入住状态");
            table.row(PROJECT, PROJECT_NAME, "1", "1", "101", "A区", "", "", "已交房", "常住");
        }
        Path log = Files.createDirectories(inbox.resolve(InboxKind.PATROL.folder()))
                .resolve("巡区问题-" + PROJECT + "-" + megabytes + "MB.csv");
        LocalDate foundOn = today.minusDays(10);
        int rowBytes = (PROJECT + ",周巡," + foundOn + ",A区," + listingPlace(1) + ",设施,,工程部,,已销项,"
                + foundOn + ",\n").getBytes(StandardCharsets.UTF_8).length + 12 + 3 * (DESCRIPTION_CHARS + 15);
        // each issue is listed twice on average
        long issues = Math.max(1, (long) megabytes * 1024 * 1024 / (2L * rowBytes));
        long rows = 0;
        long bad = 0;
        Map<String, Long> byLastListing = new TreeMap<>();
        try (CsvTable table = CsvTable.create(log, CsvTable.Encoding.UTF8)) {
            table.header("问题编号", "项目编码", "巡区类型", "发现日期", "片区", "位置", "问题分类", "问题描述", "责任部门",
                    "责任人", "状态", "销项日期", "复查日期");
            for (int listing = 1; listing <= MAX_LISTINGS; listing++) {
                for (long k = 0; k < issues; k++) {
                    int listings = listings(k);
                    if (listings < listing) {
                        continue;
                    }
                    boolean last = listing == listings;
                    String status = last ? "已销项" : listing == 1 ? "未整改" : "整改中";
                    table.row(issueNo("RK", k), PROJECT, "周巡", foundOn, "A区", listingPlace(listing), "设施",
                            description(k, listing, random), "工程部", "", status, last ? foundOn.plusDays(3) : null,
                            null);
                    rows++;
                    if (last) {
                        byLastListing.merge(listingPlace(listing), 1L, Long::sum);
                    }
                    if (rows % BAD_ROW_EVERY == BAD_ROW_EVERY / 40) {
                        table.row(issueNo("RKX", bad), UNKNOWN_PROJECT, "周巡", foundOn, "A区", listingPlace(1),
                                "设施", description(k, 1, random), "工程部", "", "未整改", null, null);
                        rows++;
                        bad++;
                    }
                }
            }
        }
        return new Written(roster, log, Files.size(log), rows, issues, bad, Map.copyOf(byLastListing));
    }

    private static int listings(long issue) {
        return 1 + (int) (issue % MAX_LISTINGS);
    }

    private static String issueNo(String prefix, long n) {
        return String.format("%s%07d", prefix, n);
    }

    private static String description(long issue, int listing, SplittableRandom random) {
        StringBuilder text = new StringBuilder(DESCRIPTION_CHARS + 40);
        text.append(FINDINGS[(int) (issue % FINDINGS.length)]).append("（").append(listingPlace(listing)).append("）：");
        while (text.length() < DESCRIPTION_CHARS) {
            text.append(ACCOUNT[random.nextInt(ACCOUNT.length)]);
        }
        return text.toString();
    }
}
