package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ProgressTotalTest {

    @Test
    void etaIsTheRemainderAtThePaceSoFar() {
        ProgressTotal quarter = new ProgressTotal(250, 1000, false);

        assertThat(quarter.percent()).isEqualTo(25);
        assertThat(quarter.etaSeconds(10)).hasValue(30);
        assertThat(new ProgressTotal(412_000, 675_400, false).etaSeconds(19.3)).hasValue(12);
    }

    @Test
    void nothingDoneYetHasNoEta() {
        ProgressTotal none = new ProgressTotal(0, 1000, true);

        assertThat(none.percent()).isZero();
        assertThat(none.etaSeconds(5)).isEmpty();
        assertThat(new ProgressTotal(10, 1000, false).etaSeconds(0)).isEmpty();
    }

    @Test
    void reachingOrPassingTheTotalLeavesNoTime() {
        assertThat(new ProgressTotal(1000, 1000, false).etaSeconds(8)).hasValue(0);
        assertThat(new ProgressTotal(1000, 1000, false).percent()).isEqualTo(100);
        assertThat(new ProgressTotal(1300, 1000, false).etaSeconds(8)).hasValue(0);
        assertThat(new ProgressTotal(1300, 1000, false).percent()).isEqualTo(100);
    }

    @Test
    void totalsAndClocksAsPeopleReadThem() {
        assertThat(new ProgressTotal(0, 38_200_000, true).totalText()).isEqualTo("38.2 MB");
        assertThat(new ProgressTotal(0, 512, true).totalText()).isEqualTo("512 B");
        assertThat(new ProgressTotal(0, 1_200, false).totalText()).isEqualTo("1,200 items");
        assertThat(ProgressTotal.clock(27)).isEqualTo("0:27");
        assertThat(ProgressTotal.clock(725)).isEqualTo("12:05");
        assertThat(ProgressTotal.clock(3723)).isEqualTo("1:02:03");
    }

    @Test
    void theLineSaysPercentAndEtaOnlyWhereTheTotalIsKnown() {
        assertThat(ProgressReporter.line("import-erp-stage", 412_000, 19.34,
                new ProgressTotal(23_302_000, 38_200_000, true)))
                .isEqualTo("import-erp-stage: 412,000 items, 21,303 items/s, 61 % of 38.2 MB, ETA 0:12");
        assertThat(ProgressReporter.line("visit-assignment-lists-projects:partition0", 3, 2.0, null))
                .isEqualTo("visit-assignment-lists-projects:partition0: 3 items, 2 items/s");
        assertThat(ProgressReporter.line("satisfaction-project-reports", 0, 2.0, new ProgressTotal(0, 4, false)))
                .isEqualTo("satisfaction-project-reports: 0 items, 0 items/s, 0 % of 4 items");
    }

    @Test
    void progressIsKeptInAndReadBackFromTheExecutionContext() {
        ExecutionContext context = new ExecutionContext();
        assertThat(ProgressTotal.of(context)).isNull();

        new ProgressTotal(5, 9, true).store(context);

        assertThat(ProgressTotal.of(context)).isEqualTo(new ProgressTotal(5, 9, true));
    }
}
