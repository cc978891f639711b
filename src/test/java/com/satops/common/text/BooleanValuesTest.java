package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanValuesTest {

    @ParameterizedTest
    @CsvSource({
            "是, true", "否, false",
            "Y, true", "N, false", "y, true", "n, false", "Ｙ, true", "ｎ, false",
            "yes, true", "no, false", "YES, true", "No, false",
            "true, true", "false, false", "TRUE, true", "False, false",
            "1, true", "0, false", "１, true", "０, false",
            "' 是 ', true", "'\u3000否', false"})
    void readsYesAndNo(String text, boolean expected) {
        assertThat(BooleanValues.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "对", "2", "1.0", "t", "yess", "是的"})
    void rejectsOtherWords(String text) {
        assertThatThrownBy(() -> BooleanValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notYesNo[" + text + "]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAnEmptyCell(String text) {
        assertThatThrownBy(() -> BooleanValues.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notYesNo[]");
    }
}
