package com.satops.common.table;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextFormatterTest {

    private final CellTextFormatter formatter =
            new CellTextFormatter(SharedStringTable.of(List.of("XXHY")), CellFormats.NONE, false);

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

    @Test
    void knowsWhichDateFormatsShowATimeOfDay() {
        assertThat(NumberStyle.of(22, null).hasTime()).as("m/d/yy h:mm").isTrue();
        assertThat(NumberStyle.of(176, "yyyy/m/d h:mm").hasTime()).isTrue();
        assertThat(NumberStyle.of(177, "yyyy\"年\"m\"月\"d\"日\" hh:mm:ss").hasTime()).isTrue();
        assertThat(NumberStyle.of(178, "[$-804]yyyy-mm-dd").hasTime()).isFalse();
        assertThat(NumberStyle.of(179, "[h]:mm").hasTime()).isTrue();
        assertThat(NumberStyle.of(180, "yyyy-mm-dd\" 时\"").hasTime()).as("quoted text is no format code").isFalse();
        assertThat(NumberStyle.of(14, null).hasTime()).isFalse();
        assertThat(NumberStyle.of(31, null).hasTime()).isFalse();
        assertThat(NumberStyle.of(32, null).hasTime()).isTrue();
    }

    @Test
    void writesADateTimeCellWithItsTimeAndADateCellWithout() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFCellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d h:mm"));
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            ByteArrayOutputStream stylesXml = new ByteArrayOutputStream();
            workbook.getStylesSource().writeTo(stylesXml);
            CellTextFormatter styled = new CellTextFormatter(SharedStringTable.of(List.of()), CellFormats.parse(
                    new ByteArrayInputStream(stylesXml.toByteArray()), SheetXml.factory()), false);
            // 46329 is 2026-11-03
            assertThat(styled.format(null, String.valueOf(dateTime.getIndex()), "46329"))
                    .isEqualTo("2026-11-03 00:00:00");
            assertThat(styled.format(null, String.valueOf(dateTime.getIndex()), "46329.586875"))
                    .isEqualTo("2026-11-03 14:05:06");
            assertThat(styled.format(null, String.valueOf(date.getIndex()), "46329")).isEqualTo("2026-11-03");
            assertThat(styled.format(null, String.valueOf(date.getIndex()), "46329.586875"))
                    .as("a date-only format shows no time").isEqualTo("2026-11-03");
            assertThat(styled.format("d", String.valueOf(dateTime.getIndex()), "2026-11-03T00:00:00Z"))
                    .isEqualTo("2026-11-03 00:00:00");
            assertThat(styled.format("d", String.valueOf(date.getIndex()), "2026-11-03T00:00:00Z"))
                    .isEqualTo("2026-11-03");
        }
    }

    @Test
    void readsEachCellStylesFormatFromTheStylesPartAndNotTheNamedStyles() throws Exception {
        String styles = """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                  <numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy/m/d h:mm"/>
                    <numFmt numFmtId="177" formatCode="0000"/></numFmts>
                  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
                  <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="31"/><xf fontId="1"/>
                    <xf numFmtId="177"/></cellXfs>
                </styleSheet>""";
        CellFormats formats = CellFormats.parse(new ByteArrayInputStream(styles.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), SheetXml.factory());

        assertThat(formats.styleAt(0).isDate()).as("the named style's date format is not cell style 0's").isFalse();
        assertThat(formats.styleAt(1).hasTime()).isTrue();
        assertThat(formats.styleAt(2).isDate()).as("a Chinese built-in date id").isTrue();
        assertThat(formats.styleAt(3).isDate()).as("no numFmtId").isFalse();
        assertThat(formats.styleAt(4).zeroPadWidth()).isEqualTo(4);
        assertThat(formats.styleAt(5).isDate()).as("past the list").isFalse();
    }
}
