package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11", "2026/11", "2026.11", "2026年11月", "2026年11月份", "2026 年 11 月", "202611",
            "２０２６－１１", "２０２６年１１月",
            "2026-11-03", "2026/11/30", "2026年11月3日", "20261103", "2026-11-03 08:30"})
    void readsAMonthOrTheMonthOfADate(String text) {
        assertThat(MonthValues.parse(text)).isEqualTo(YearMonth.of(2026, 11));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-1,   2026-01",
            "2026/01,  2026-01",
            "2026.01,  2026-01",
            "2026-12,  2026-12",
            "202601,   2026-01"})
    void readsSingleAndDoubleDigitMonths(String text, YearMonth expected) {
        assertThat(MonthValues.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-13,     month does not exist: 2026-13",
            "2026-00,     month does not exist: 2026-00",
            "202613,      month does not exist: 2026-13",
            "2026年13月,   month does not exist: 2026-13",
            "2026-02-30,  date does not exist: 2026-02-30"})
    void rejectsMonthsAndDatesThatDoNotExist(String text, String reason) {
        assertThatThrownBy(() -> MonthValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage((reason.startsWith("month") ? "inbox.value.monthDoesNotExist[" : "inbox.value.dateDoesNotExist[")
                        + reason.substring(reason.indexOf(": ") + 2) + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "11", "2026", "2026.1", "2026-11-", "26-11", "2026-111", "2026 11x"})
    void rejectsWhatIsNoMonth(String text) {
        assertThatThrownBy(() -> MonthValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notMonth[" + text + "]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAnEmptyCell(String text) {
        assertThatThrownBy(() -> MonthValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notMonth[]");
    }
}
