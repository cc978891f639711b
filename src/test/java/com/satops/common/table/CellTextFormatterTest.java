package com.satops.common.table;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextFormatterTest {

    private final CellTextFormatter formatter =
            new CellTextFormatter(SharedStringTable.of(List.of("XXHY")), null, false);

    @Test
    void writesNumbersAsPlainDecimals() {
        assertThat(CellTextFormatter.plainNumber("13800001234")).isEqualTo("13800001234");
        assertThat(CellTextFormatter.plainNumber("1.3800001234E10")).isEqualTo("13800001234");
        assertThat(CellTextFormatter.plainNumber("1502.0")).isEqualTo("1502");
        assertThat(CellTextFormatter.plainNumber("4.5")).isEqualTo("4.5");
        assertThat(CellTextFormatter.plainNumber("0.30000000000000004")).isEqualTo("0.3");
        assertThat(CellTextFormatter.plainNumber("1E-3")).isEqualTo("0.001");
        assertThat(CellTextFormatter.plainNumber("0.0")).isEqualTo("0");
        assertThat(CellTextFormatter.plainNumber("-20")).isEqualTo("-20");
        assertThat(CellTextFormatter.plainNumber("n/a")).isEqualTo("n/a");
    }

    @Test
    void formatsEachCellType() {
        assertThat(formatter.format("s", null, "0")).isEqualTo("XXHY");
        assertThat(formatter.format("s", null, "7")).isEmpty();
        assertThat(formatter.format("b", null, "1")).isEqualTo("true");
        assertThat(formatter.format("b", null, "0")).isEqualTo("false");
        assertThat(formatter.format("e", null, "#REF!")).isEmpty();
        assertThat(formatter.format("str", null, " 公式 ")).isEqualTo(" 公式 ");
        assertThat(formatter.format("d", null, "2026-11-03T08:30:00")).isEqualTo("2026-11-03 08:30:00");
        assertThat(formatter.format(null, "3", "1502")).isEqualTo("1502");
        assertThat(formatter.format("n", null, null)).isEmpty();
    }

    @Test
    void knowsDateAndPaddingFormats() {
        assertThat(NumberStyle.of(14, null).isDate()).isTrue();
        assertThat(NumberStyle.of(31, null).isDate()).isTrue();
        assertThat(NumberStyle.of(58, null).isDate()).isTrue();
        assertThat(NumberStyle.of(176, "yyyy\"年\"m\"月\"d\"日\"").isDate()).isTrue();
        assertThat(NumberStyle.of(0, null).isDate()).isFalse();
        assertThat(NumberStyle.of(49, null).isDate()).isFalse();
        assertThat(NumberStyle.of(177, "#,##0.00").isDate()).isFalse();
        assertThat(NumberStyle.of(178, "000000").zeroPadWidth()).isEqualTo(6);
        assertThat(NumberStyle.of(1, null).zeroPadWidth()).isZero();
    }
}
