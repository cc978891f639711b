package com.satops.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.satops.common.text.ValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnVisitRatingTest {

    @ParameterizedTest
    @CsvSource({"满意, SATISFIED", "基本满意, FAIR", "不满意, DISSATISFIED", "dissatisfied, DISSATISFIED",
            "5, SATISFIED", "4, SATISFIED", "3, FAIR", "2, DISSATISFIED", "1, DISSATISFIED", "２, DISSATISFIED"})
    void readsLabelsCodesAndScores(String text, ReturnVisitRating expected) {
        assertThat(ReturnVisitRating.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "很好"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> ReturnVisitRating.parse(text)).isInstanceOf(ValueException.class);
    }
}
