package com.satops.common.inbox.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LoadDataTextTest {

    private static String row(Object... values) {
        StringBuilder out = new StringBuilder();
        LoadDataText.appendRow(out, values);
        return out.toString();
    }

    @Test
    void valuesAreSeparatedByTabsAndNullIsSentAsBackslashN() {
        assertThat(row("BJHY", null, 3, true, LocalDate.of(2026, 11, 3))).isEqualTo("BJHY\t\\N\t3\t1\t2026-11-03\n");
    }

    @Test
    void theCharactersLoadDataReadsAsSeparatorsAreEscapedWhereverTheyStand() {
        assertThat(row("\\N")).isEqualTo("\\\\N\n");
        assertThat(row("a\tb\nc\rd\0e\\")).isEqualTo("a\\tb\\nc\\rd\\0e\\\\\n");
        assertThat(row("\t开头", "结尾\n")).isEqualTo("\\t开头\t结尾\\n\n");
        assertThat(row("没有要转义的", "")).isEqualTo("没有要转义的\t\n");
    }
}
