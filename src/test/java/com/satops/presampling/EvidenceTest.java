package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.report.ReportBundles;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    static final ReportText ZH = ReportBundles.text(ReportLocale.ZH_CN);
    static final ReportText EN = ReportBundles.text(ReportLocale.EN);

    static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);
    static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    static FrameRow row(FrameOutcome outcome, String handover, String occupancy, String customerClass,
                        LocalDate changedOn, String changeFile, Integer changeRow, Integer firstRow) {
        return new FrameRow("XXHY", "星河湾", "3-2-1502", "A区", "张三", "13812341234", outcome, null,
                handover, occupancy, customerClass,
                NOV_3, "crm-1103.xlsx", "客户分类", 57,
                changedOn, changeFile, changeRow,
                OCT_1, "erp-1001.csv", firstRow);
    }

    @Test
    void blackCustomerRestsOnTheCrmMark() {
        Evidence evidence = Evidence.of(row(FrameOutcome.BLACK, "DELIVERED", "RESIDENT", "BLACK", null, null, null, 5));

        assertThat(evidence.text(ZH)).isEqualTo("CRM 2026-11-03 黑色客户，crm-1103.xlsx 第 57 行");
        assertThat(evidence.text(EN)).isEqualTo("CRM 2026-11-03 BLACK, crm-1103.xlsx row 57");
        assertThat(evidence.sheet()).isEqualTo("客户分类");
        assertThat(evidence.on()).isEqualTo(NOV_3);
    }

    @Test
    void statusExclusionRestsOnTheErpChangeThatSetIt() {
        Evidence evidence = Evidence.of(row(FrameOutcome.NOT_OCCUPIED, "DELIVERED", "VACANT", "BLACK",
                NOV_20, "erp-1120.csv", 12, 5));

        assertThat(evidence.text(ZH)).isEqualTo("ERP 2026-11-20 空置，erp-1120.csv 第 12 行");
        assertThat(evidence.fileName()).isEqualTo("erp-1120.csv");
        assertThat(evidence.on()).isEqualTo(NOV_20);
    }

    @Test
    void statusNeverChangedRestsOnTheFirstListing() {
        Evidence withRow = Evidence.of(row(FrameOutcome.NOT_DELIVERED, "NOT_DELIVERED", "VACANT", "NORMAL",
                null, null, null, 5));
        Evidence withoutRow = Evidence.of(row(FrameOutcome.NOT_DELIVERED, "NOT_DELIVERED", "VACANT", "NORMAL",
                null, null, null, null));

        assertThat(withRow.text(ZH)).isEqualTo("ERP 2026-10-01 未交房，erp-1001.csv 第 5 行");
        assertThat(withoutRow.text(EN)).isEqualTo("ERP 2026-10-01 NOT_DELIVERED, erp-1001.csv");
    }

    @Test
    void eligibleHouseholdNeedsNoEvidence() {
        assertThat(Evidence.of(row(FrameOutcome.ELIGIBLE, "DELIVERED", "RESIDENT", "GOOD", null, null, null, 5)))
                .isNull();
    }
}
