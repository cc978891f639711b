package com.satops.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloseoutWeekTest {

    private final CloseoutWeek w47 = new CloseoutWeek(IsoWeek.parse("2026-W47"), LocalDate.of(2026, 11, 30),
            new CloseoutRules(7, 2));

    @Test
    void theWeekRunsMondayToSunday() {
        assertThat(w47.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(w47.foundUntil()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void nothingFoundAfterTheAsOfDateCounts() {
        CloseoutWeek midWeek = new CloseoutWeek(IsoWeek.parse("2026-W47"), LocalDate.of(2026, 11, 19),
                new CloseoutRules(7, 2));
        assertThat(midWeek.foundUntil()).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void trendWeeksAreJudgedAtTheSameLagOldestFirst() {
        List<CloseoutWeek> trend = w47.trend(8);
        assertThat(trend).hasSize(8);
        assertThat(trend.get(0).week()).hasToString("2026-W40");
        assertThat(trend.get(0).asOf()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(trend.get(6).week()).hasToString("2026-W46");
        assertThat(trend.get(6).asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(trend.get(7)).isEqualTo(w47);
    }

    @Test
    void trendCrossesTheYear() {
        CloseoutWeek w02 = new CloseoutWeek(IsoWeek.parse("2027-W02"), LocalDate.of(2027, 1, 18),
                new CloseoutRules(7, 2));
        assertThat(w02.trend(3).stream().map(w -> w.week().toString()))
                .containsExactly("2026-W53", "2027-W01", "2027-W02");
    }

    @Test
    void queryCarriesTheOverdueBound() {
        IssueQuery query = w47.query(List.of("XXHY"));
        assertThat(query.overdueFoundBefore()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(query.recheckWithinDays()).isEqualTo(2);
        assertThat(query.projects()).containsExactly("XXHY");
    }
}
