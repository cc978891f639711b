package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.report.ReportLocale;
import org.junit.jupiter.api.Test;

class AgencyCsvRowTest {

    static final EligibleRow ROW = new EligibleRow("XXHY", "星河湾", "3-2-1502", "A区", "=HYPERLINK(\"x\")",
            "+86 138 1234 1234", "GOOD");

    @Test
    void phoneIsMaskedAndFormulaLikeTextGuarded() {
        assertThat(AgencyCsvRow.cells(ROW, ReportLocale.ZH_CN, false)).containsExactly(
                "XXHY", "星河湾", "3-2-1502", "A区", "'=HYPERLINK(\"x\")", "138****1234", "良好关系户");
    }

    @Test
    void unmaskingLetsTheAgencyHaveTheNumberStillGuarded() {
        assertThat(AgencyCsvRow.cells(ROW, ReportLocale.EN, true))
                .endsWith("'+86 138 1234 1234", "GOOD");
    }

    @Test
    void householdWithoutPhoneOrOwnerHasEmptyCells() {
        EligibleRow bare = new EligibleRow("XXHY", "星河湾", "12-0801", "B区", null, null, "NORMAL");

        assertThat(AgencyCsvRow.cells(bare, ReportLocale.ZH_CN, false))
                .containsExactly("XXHY", "星河湾", "12-0801", "B区", "", "", "普通客户");
    }
}
