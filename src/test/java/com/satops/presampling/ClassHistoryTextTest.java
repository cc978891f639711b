package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.report.ReportBundles;
import com.satops.common.report.ReportLocale;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassHistoryTextTest {

    @Test
    void changesReadInDateOrderWithTheirFiles() {
        List<ClassChangeRow> changes = List.of(
                new ClassChangeRow("XXHY", "3-2-1502", "NORMAL", "BLACK", LocalDate.of(2026, 11, 3), "crm-1103.csv", 3),
                new ClassChangeRow("XXHY", "3-2-1502", "BLACK", "GOOD", LocalDate.of(2026, 11, 5), "crm-1105.xlsx", null));

        assertThat(ClassHistoryText.of(ReportBundles.text(ReportLocale.ZH_CN), changes)).isEqualTo(
                "2026-11-03 普通客户→黑色客户（crm-1103.csv 第 3 行）；2026-11-05 黑色客户→良好关系户（crm-1105.xlsx）");
        assertThat(ClassHistoryText.of(ReportBundles.text(ReportLocale.EN), changes)).isEqualTo(
                "2026-11-03 NORMAL→BLACK (crm-1103.csv row 3); 2026-11-05 BLACK→GOOD (crm-1105.xlsx)");
    }
}
