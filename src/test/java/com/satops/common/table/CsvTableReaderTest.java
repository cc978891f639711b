package com.satops.common.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class CsvTableReaderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    @Test
    void readsRowsBelowATitleNumberingThemAsExcelShowsTheFile() throws IOException {
        // given: a title, a header with mixed names and trailing empty columns, a
        // quoted value over two lines, blank lines and a line of empty fields
        Path file = write("crm.csv", StandardCharsets.UTF_8, false, """
                客户分类导出 2026年11月,,,
                ＰＨＯＮＥ,Project_Code,房号,无关列,客户类别 ,标记日期,房号,,
                13800001234,XXHY,3-2-1502,x,黑色客户,2026-11-03,ignored,,

                 ＸＸＨＹ ,YHXX,"12栋0801",,"良好
                关系户",2026/11/3
                ,,,,,,
                ,XXHY,0801,,普通客户
                """);

        // when
        List<TableRow> rows = readAll(file);

        // then
        assertThat(rows).extracting(TableRow::sheet, TableRow::rowNumber)
                .containsExactly(tuple("", 3), tuple("", 5), tuple("", 7));
        assertThat(rows.get(0).values()).containsOnly(
                entry("project_code", "XXHY"), entry("room", "3-2-1502"), entry("customer_class", "黑色客户"),
                entry("marked_on", "2026-11-03"), entry("phone", "13800001234"), entry("area", ""),
                entry("active", ""), entry("total", ""), entry("note", ""));
        assertThat(rows.get(1).values()).contains(
                entry("phone", "XXHY"), entry("project_code", "YHXX"), entry("room", "12栋0801"),
                entry("customer_class", "良好\n关系户"), entry("marked_on", "2026/11/3"));
        assertThat(rows.get(2).values()).contains(
                entry("room", "0801"), entry("customer_class", "普通客户"), entry("marked_on", ""));
    }

    @Test
    void stripsTheUtf8ByteOrderMarkBeforeTheFirstHeader() throws IOException {
        Path file = write("bom.csv", StandardCharsets.UTF_8, true, """
                项目编码,房号,客户类别,标记日期
                XXHY,3栋2单元1502,黑色客户,2026-11-03
                """);

        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            assertThat(((CsvTableReader) reader).charset()).isEqualTo(StandardCharsets.UTF_8);
            TableRow row = reader.next();
            assertThat(row.rowNumber()).isEqualTo(2);
            assertThat(row.value("project_code")).isEqualTo("XXHY");
            assertThat(row.value("room")).isEqualTo("3栋2单元1502");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void readsWhatChineseExcelSavesInGb18030() throws IOException {
        Path file = write("crm-gbk.csv", GB18030, false, """
                项目编码,楼栋,房号,客户类别,标记日期,备注
                XXHY,3栋,3-2-1502,黑色客户,2026-11-03,楼栋漏水投诉
                """);

        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            assertThat(((CsvTableReader) reader).charset()).isEqualTo(GB18030);
            TableRow row = reader.next();
            assertThat(row.value("customer_class")).isEqualTo("黑色客户");
            assertThat(row.value("note")).isEqualTo("楼栋漏水投诉");
        }
    }

    @Test
    void readsAsGb18030WhenTheChineseComesFarDownTheFile() throws IOException {
        StringBuilder text = new StringBuilder("project_code,room,customer_class,marked_on\n");
        for (int i = 0; i < 5000; i++) {
            text.append("XXHY,3-2-").append(1000 + i).append(",NORMAL,2026-11-03\n");
        }
        text.append("XXHY,12栋0801,黑色客户,2026-11-03\n");
        Path file = write("late-chinese.csv", GB18030, false, text.toString());

        List<TableRow> rows = readAll(file);

        assertThat(rows).hasSize(5001);
        assertThat(rows.get(5000).value("customer_class")).isEqualTo("黑色客户");
        assertThat(rows.get(5000).rowNumber()).isEqualTo(5002);
    }

    @Test
    void keepsUtf8WhenACharacterStraddlesTheSniffersBuffer() throws IOException {
        // the 3 bytes of 黑 start one byte before the 64 KiB buffer ends
        String padding = "a".repeat(64 * 1024 - 1 - "project_code,room,customer_class,marked_on,note\n".length());
        String text = "project_code,room,customer_class,marked_on,note\n" + padding + "黑,1,BLACK,2026-11-03,x\n";
        Path file = write("straddle.csv", StandardCharsets.UTF_8, false, text);

        assertThat(CharsetSniffer.detect(file).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(readAll(file).get(0).value("project_code")).isEqualTo(padding + "黑");
    }

    @Test
    void rejectsAFileWithoutTheRequiredColumns() throws IOException {
        Path file = write("no-class.csv", StandardCharsets.UTF_8, false, """
                客户分类导出
                项目编码,房号,标记日期
                XXHY,3-2-1502,2026-11-03
                """);

        assertThatThrownBy(() -> TableReader.open(file, TestColumns.CRM))
                .isInstanceOfSatisfying(MissingColumnsException.class, e -> {
                    assertThat(e.missingColumns()).containsExactly("客户类别 (customer_class)");
                    assertThat(e.getMessage()).contains("no-class.csv", "客户类别 (customer_class)", "row 2");
                });
    }

    @Test
    void rejectsAnEmptyFileNamingEveryRequiredColumn() throws IOException {
        Path file = write("empty.csv", StandardCharsets.UTF_8, false, "\n\n");

        assertThatThrownBy(() -> TableReader.open(file, TestColumns.CRM))
                .isInstanceOfSatisfying(MissingColumnsException.class, e -> assertThat(e.missingColumns())
                        .containsExactly("项目编码 (project_code)", "房号 (room)", "客户类别 (customer_class)",
                                "标记日期 (marked_on)"));
    }

    @Test
    void reportsBrokenQuotingAsAnErrorOfTheFile() throws IOException {
        Path file = write("broken.csv", StandardCharsets.UTF_8, false, """
                项目编码,房号,客户类别,标记日期
                XXHY,"3-2-1502,黑色客户,2026-11-03
                """);

        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            assertThatThrownBy(reader::next).isInstanceOf(IOException.class).hasMessageContaining("broken.csv");
        }
    }

    private List<TableRow> readAll(Path file) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            TableRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void saysHowManyBytesOfTheFileItHasRead() throws IOException {
        StringBuilder text = new StringBuilder("项目编码,房号,客户类别,标记日期\n");
        for (int i = 1; i <= 40_000; i++) {
            text.append("XXHY,").append(i).append(",黑色客户,2026-11-03\n");
        }
        Path file = write("crm-big.csv", StandardCharsets.UTF_8, true, text.toString());
        long size = Files.size(file);

        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            // when: half the rows are read, then the rest
            long[] read = TestColumns.bytesReadAfterAndAtTheEnd(reader, 20_000);

            assertThat(read[0]).isBetween(size / 4, size * 3 / 4);
            assertThat(read[1]).isEqualTo(size);
        }
    }

    private Path write(String name, Charset charset, boolean bom, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(text.getBytes(charset));
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
