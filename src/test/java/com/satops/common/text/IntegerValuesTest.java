package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IntegerValuesTest {

    @ParameterizedTest
    @CsvSource({
            "5, 5", "5.0, 5", "5.00, 5", "５, 5", "１２０, 120", "' 120 ', 120",
            "0, 0", "-3, -3", "+7, 7", "007, 7",
            "2147483647, 2147483647", "-2147483648, -2147483648"})
    void readsWholeNumbers(String text, int expected) {
        assertThat(IntegerValues.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5", "5.01", "abc", "5a", "5.", ".5", "1,200", "1e3", "五", "2147483648", "99999999999"})
    void rejectsWhatIsNoWholeNumber(String text) {
        assertThatThrownBy(() -> IntegerValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notInteger[" + text + "]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAnEmptyCell(String text) {
        assertThatThrownBy(() -> IntegerValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notInteger[]");
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "5, 5", "4.0, 4", "３, 3"})
    void readsAnIntegerWithinItsRange(String text, int expected) {
        assertThat(IntegerValues.parse(text, 1, 5)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "7", "-1", "4.5", "abc"})
    void rejectsAnythingOutsideTheRangeNamingIt(String text) {
        assertThatThrownBy(() -> IntegerValues.parse(text, 1, 5))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.integerOutOfRange[1, 5, " + text + "]");
    }
}
