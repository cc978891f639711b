package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ConsoleFormatTest {

    private final ConsoleFormat format = new ConsoleFormat(ConsoleMessages.bundle());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void ratesAsPercentagesCountsAsThey() {
        assertThat(format.figure("closeoutRate", new BigDecimal("0.6875"))).isEqualTo("68.75%");
        assertThat(format.figure("satisfactionRate", 0.5)).isEqualTo("50%");
        assertThat(format.figure("closeoutRate", new BigDecimal("0.0000"))).isEqualTo("0%");
        assertThat(format.figure("found", 16)).isEqualTo("16");
        assertThat(format.figure("found", null)).isEqualTo("—");
    }

    @Test
    void durationsInThePagesLanguage() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(format.duration(11L)).isEqualTo("11 秒");
        assertThat(format.duration(125L)).isEqualTo("2 分 05 秒");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(format.duration(3725L)).isEqualTo("1 h 02 min");
        assertThat(format.duration(null)).isEqualTo("—");
    }
}
