package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeValuesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-03 14:05,        2026-11-03T14:05:00",
            "2026-11-03 14:05:09,     2026-11-03T14:05:09",
            "2026/11/3 9:05,          2026-11-03T09:05:00",
            "2026/11/3 9:05:09,       2026-11-03T09:05:09",
            "2026年11月3日 14:05,      2026-11-03T14:05:00",
            "2026年11月3日 14:05:09,   2026-11-03T14:05:09",
            "2026-11-03 00:00:00,     2026-11-03T00:00:00",
            "2026-11-03T23:59:59,     2026-11-03T23:59:59",
            "２０２６－１１－０３　１４：０５, 2026-11-03T14:05:00",
            "2024-02-29 08:00,        2024-02-29T08:00:00"})
    void readsEveryAcceptedForm(String text, LocalDateTime expected) {
        assertThat(DateTimeValues.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-03", "2026/11/3", "2026年11月3日", "20261103"})
    void refusesADateWithoutATimeOfDay(String text) {
        assertThatThrownBy(() -> DateTimeValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.dateWithoutTime[" + text + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "46329.5", "46329", "2026-11-03 24:00", "2026-11-03 14:60", "2026-11/03 14:05",
            "14:05", "2026-11-03 14"})
    void refusesWhatIsNoDateTime(String text) {
        assertThatThrownBy(() -> DateTimeValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notDateTime[" + text + "]");
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30 08:00, 2026-02-30", "2025/2/29 8:00:00, 2025-02-29", "2026年4月31日 10:00, 2026-04-31"})
    void neverRollsANonexistentDayOver(String text, String day) {
        assertThatThrownBy(() -> DateTimeValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.dateDoesNotExist[" + day + "]");
    }
}
