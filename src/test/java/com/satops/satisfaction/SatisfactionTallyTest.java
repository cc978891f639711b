package com.satops.satisfaction;

import static com.satops.common.domain.ReasonCategory.CLEANING;
import static com.satops.common.domain.ReasonCategory.OTHER;
import static com.satops.common.domain.ReasonCategory.PARKING;
import static com.satops.common.domain.ReasonCategory.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The month's figures and the 12-month trend as the tally adds them up, per project and for the company. */
class SatisfactionTallyTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    final SatisfactionTally tally = new SatisfactionTally(OCTOBER,
            new ReasonClassifier(ReasonClassifierTest.DEFAULTS.keywords()));

    @Test
    void theWindowIsTheTwelveMonthsEndingWithTheMonth() {
        assertThat(tally.firstMonth()).isEqualTo(YearMonth.of(2025, 11));

        ScopeDigest none = tally.project("XXHY", "星河湾");

        assertThat(none.trend()).extracting(MonthPoint::month).first().isEqualTo(YearMonth.of(2025, 11));
        assertThat(none.trend()).hasSize(12).extracting(MonthPoint::month).last().isEqualTo(OCTOBER);
        assertThat(none.trend()).allSatisfy(point -> assertThat(point.responses()).isZero());
        assertThat(none.rate()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.change()).isEmpty();
    }

    @Test
    void monthsOutsideTheWindowAreLeftOutAndTheEdgesKept() {
        tally.addMonth("XXHY", YearMonth.of(2025, 10), 9, 9);
        tally.addMonth("XXHY", YearMonth.of(2026, 11), 9, 9);
        assertThat(tally.hasResponses("XXHY")).isFalse();

        tally.addMonth("XXHY", YearMonth.of(2025, 11), 4, 1);
        tally.addMonth("XXHY", OCTOBER, 8, 3);

        ScopeDigest digest = tally.project("XXHY", "星河湾");
        assertThat(tally.hasResponses("XXHY")).isTrue();
        assertThat(digest.trend().get(0)).isEqualTo(new MonthPoint(YearMonth.of(2025, 11), 4, 1));
        assertThat(digest.current()).isEqualTo(new MonthPoint(OCTOBER, 8, 3));
        assertThat(digest.trend().stream().mapToLong(MonthPoint::responses).sum()).isEqualTo(12);
    }

    @Test
    void rowsOfTheSameProjectAndMonthAddUp() {
        tally.addMonth("XXHY", OCTOBER, 5, 2);
        tally.addMonth("XXHY", OCTOBER, 3, 1);
        tally.addMonth("XXHY", YearMonth.of(2026, 9), 4, 2);

        ScopeDigest digest = tally.project("XXHY", "星河湾");

        assertThat(digest.responses()).isEqualTo(8);
        assertThat(digest.satisfied()).isEqualTo(3);
        assertThat(digest.rate()).isEqualByComparingTo("0.3750");
        assertThat(digest.change()).hasValueSatisfying(change -> assertThat(change).isEqualByComparingTo("-0.1250"));
    }

    @Test
    void unsatisfiedResponsesCountByReasonAndThreesApart() {
        tally.addMonth("XXHY", OCTOBER, 4, 0);
        tally.addUnsatisfied("XXHY", 3, null, "停车收费贵");
        tally.addUnsatisfied("XXHY", 2, CLEANING, "电梯经常坏");
        tally.addUnsatisfied("XXHY", 1, null, "说不清");
        tally.addUnsatisfied("XXHY", 3, SECURITY, "");

        ScopeDigest digest = tally.project("XXHY", "星河湾");

        assertThat(digest.reasons()).containsEntry(PARKING, 1L).containsEntry(CLEANING, 1L).containsEntry(OTHER, 1L)
                .containsEntry(SECURITY, 1L);
        assertThat(digest.unsatisfied()).isEqualTo(4);
        assertThat(digest.scoredThree()).isEqualTo(2);
        assertThat(tally.project("YYDS", "云顶山").unsatisfied()).isZero();
    }

    @Test
    void theCompanyIsTheSumOfItsProjects() {
        tally.addMonth("XXHY", OCTOBER, 8, 3);
        tally.addMonth("XXHY", YearMonth.of(2026, 9), 4, 2);
        tally.addUnsatisfied("XXHY", 3, null, "停车收费贵");
        tally.addMonth("YYDS", OCTOBER, 3, 3);
        tally.addUnsatisfied("YYDS", 2, null, "停车难");
        List<ScopeDigest> projects = List.of(tally.project("XXHY", "星河湾"), tally.project("YYDS", "云顶山"));

        ScopeDigest company = tally.company(projects);

        assertThat(company.isCompany()).isTrue();
        assertThat(company.projects()).isEqualTo(projects);
        assertThat(company.current()).isEqualTo(new MonthPoint(OCTOBER, 11, 6));
        assertThat(company.previous()).isEqualTo(new MonthPoint(YearMonth.of(2026, 9), 4, 2));
        assertThat(company.reasons()).containsEntry(PARKING, 2L);
        assertThat(company.scoredThree()).isEqualTo(1);
        assertThat(company.rate()).isEqualByComparingTo("0.5455");
    }

    @Test
    void aCompanyOfNoProjectsHasNoResponses() {
        ScopeDigest company = tally.company(List.of());

        assertThat(company.responses()).isZero();
        assertThat(company.unsatisfied()).isZero();
        assertThat(company.trend()).hasSize(12);
    }
}
