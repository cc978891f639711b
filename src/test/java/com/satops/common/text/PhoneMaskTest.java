package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneMaskTest {

    @ParameterizedTest
    @CsvSource({
            "13812341234,         138****1234",
            "１３８１２３４１２３４,   138****1234",
            "138 1234 1234,       138****1234",
            "138-1234-1234,       138****1234",
            "+86 138 1234 1234,   138****1234",
            "+8613812341234,      138****1234",
            "0086 13812341234,    138****1234",
            "0755-12345678,       075****5678",
            "(0755) 1234 5678,    075****5678",
            "075512345678,        075****5678",
            "12345678,            123****5678"})
    void keepsTheFirstThreeAndLastFourDigits(String phone, String masked) {
        assertThat(PhoneMask.mask(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
            "1234567,   ****4567",
            "123-4567,  ****4567",
            "12345,     ****2345",
            "110,       ****110",
            "无,         ****",
            "unknown,   ****"})
    void showsOnlyTheTailOfShortValues(String phone, String masked) {
        assertThat(PhoneMask.mask(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13812341234/13912345678      | 138****1234/139****5678",
            "13812341234, 0755-12345678   | 138****1234,075****5678",
            "13812341234，13912345678     | 138****1234,139****5678",
            "13812341234、13912345678     | 138****1234、139****5678",
            "13812341234/                 | 138****1234/"})
    void masksEachNumberOfACellListingSeveral(String phones, String masked) {
        assertThat(PhoneMask.mask(phones)).isEqualTo(masked);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void givesNothingForNoPhone(String phone) {
        assertThat(PhoneMask.mask(phone)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "联系电话,  13812341234, 138****1234",
            "Phone,     13812341234, 138****1234",
            "房号,       13812341234, 13812341234"})
    void aDataIssuesValueIsMaskedInThePhoneColumnOnly(String column, String value, String shown) {
        assertThat(PhoneMask.issueValue(column, value)).isEqualTo(shown);
    }
}
