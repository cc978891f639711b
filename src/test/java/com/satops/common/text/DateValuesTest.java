package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-03", "2026/11/3", "2026/11/03", "2026.11.3", "2026-11-3",
            "2026年11月3日", "2026年11月03日", "2026 年 11 月 3 日", "2026年11月3号", "2026年11月3",
            "20261103",
            "2026-11-03 08:30:00", "2026-11-03T08:30", "2026-11-03T08:30:15.250", "2026/11/3 8:30",
            "2026年11月3日 23:59",
            "２０２６－１１－０３", "２０２６年１１月３日", "  2026-11-03\u3000"})
    void readsEveryWrittenFormOfOneDate(String text) {
        assertThat(DateValues.parse(text)).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-02-29, 2024-02-29",
            "2026-12-31, 2026-12-31",
            "2027/1/1,   2027-01-01"})
    void readsBoundaryDates(String text, LocalDate expected) {
        assertThat(DateValues.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02-30,     date does not exist: 2026-02-30",
            "2026/2/30,      date does not exist: 2026-02-30",
            "2026年2月30日,   date does not exist: 2026-02-30",
            "20260230,       date does not exist: 2026-02-30",
            "2025-02-29,     date does not exist: 2025-02-29",
            "2026-04-31,     date does not exist: 2026-04-31",
            "2026-13-01,     date does not exist: 2026-13-01",
            "2026-00-10,     date does not exist: 2026-00-10",
            "2026-11-00,     date does not exist: 2026-11-00",
            "2026-02-30 08:00, date does not exist: 2026-02-30"})
    void neverRollsANonexistentDateOver(String text, String reason) {
        assertThatThrownBy(() -> DateValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.dateDoesNotExist[" + reason.substring(reason.indexOf(": ") + 2) + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "abc", "2026-11", "2026-11/03", "26-11-03", "11/03/2026", "2026-11-03 25:00",
            "2026-11-03 08:61", "2026-11-03x", "19999", "80001", "46329.5.1", "46300", "46329", "46329.0", "４６３２９", "2026111", "3"})
    void rejectsWhatIsNoDate(String text) {
        assertThatThrownBy(() -> DateValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notDate[" + text + "]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void rejectsAnEmptyCell(String text) {
        assertThatThrownBy(() -> DateValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notDate[]");
    }

    @Test
    void quotesTheValueAsWrittenInTheReason() {
        assertThatThrownBy(() -> DateValues.parse(" ２０２６年 "))
                .hasMessage("inbox.value.notDate[２０２６年]");
    }
}
