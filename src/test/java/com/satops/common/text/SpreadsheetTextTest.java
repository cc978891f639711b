package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "=1+1", "=HYPERLINK(\"http://x\",\"点我\")", "+86 138", "-5", "-", "@SUM(A1)", "\tTAB", "\rCR"})
    void quotesWhatASpreadsheetWouldTakeForAFormula(String value) {
        assertThat(SpreadsheetText.safe(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3-2-1502", "张三", "138****1234", "0.8571", " =1+1", "a=b", "'quoted", "卫生不好-垃圾"})
    void leavesOtherTextAsItIs(String value) {
        assertThat(SpreadsheetText.safe(value)).isEqualTo(value);
    }

    @Test
    void leavesEmptyValuesAlone() {
        assertThat(SpreadsheetText.safe("")).isEmpty();
        assertThat(SpreadsheetText.safe(null)).isNull();
    }
}
