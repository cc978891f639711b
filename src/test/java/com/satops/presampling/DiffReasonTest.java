package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.report.ReportBundles;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DiffReasonTest {

    static final ReportText ZH = ReportBundles.text(ReportLocale.ZH_CN);
    static final ReportText EN = ReportBundles.text(ReportLocale.EN);

    static FrameRow row(FrameOutcome outcome, FrameOutcome previous) {
        return new FrameRow("XXHY", "星河湾", "3-2-1502", "A区", "张三", null, outcome, previous,
                "DELIVERED", "RESIDENT", outcome == FrameOutcome.BLACK ? "BLACK" : "NORMAL",
                LocalDate.of(2026, 11, 3), "crm-1103.csv", null, 4,
                null, null, null, LocalDate.of(2026, 10, 1), "erp-1001.csv", 2);
    }

    @Test
    void householdListedSinceLastMonthEntered() {
        assertThat(DiffReason.of(ZH, row(FrameOutcome.ELIGIBLE, null)))
                .isEqualTo("上月抽样框没有此户（此后才列入台账）");
        assertThat(DiffReason.of(EN, row(FrameOutcome.ELIGIBLE, null)))
                .isEqualTo("not in last month's frame (listed since)");
    }

    @Test
    void householdExcludedLastMonthEnteredWhenTheReasonWentAway() {
        assertThat(DiffReason.of(ZH, row(FrameOutcome.ELIGIBLE, FrameOutcome.NOT_OCCUPIED)))
                .isEqualTo("上月排除（未入住），本月可抽样");
    }

    @Test
    void householdThatLeftSaysWhichExclusionAndItsEvidence() {
        assertThat(DiffReason.of(ZH, row(FrameOutcome.BLACK, FrameOutcome.ELIGIBLE)))
                .isEqualTo("本月排除（黑色客户）：CRM 2026-11-03 黑色客户，crm-1103.csv 第 4 行");
        assertThat(DiffReason.of(EN, row(FrameOutcome.BLACK, FrameOutcome.ELIGIBLE)))
                .isEqualTo("excluded now (BLACK): CRM 2026-11-03 BLACK, crm-1103.csv row 4");
    }

    @Test
    void summaryGroupsByLastMonthsOrThisMonthsExclusion() {
        assertThat(DiffReason.of(ZH, new DiffCount("XXHY", null, FrameOutcome.ELIGIBLE, 3)))
                .isEqualTo("此后才列入台账");
        assertThat(DiffReason.of(ZH,
                new DiffCount("XXHY", FrameOutcome.NOT_DELIVERED, FrameOutcome.ELIGIBLE, 2)))
                .isEqualTo("上月排除：未交房");
        assertThat(DiffReason.of(EN, new DiffCount("XXHY", FrameOutcome.ELIGIBLE, FrameOutcome.BLACK, 1)))
                .isEqualTo("excluded now: BLACK");
    }
}
