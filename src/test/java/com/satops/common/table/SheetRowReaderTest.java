package com.satops.common.table;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sheet XML as other writers than Excel produce it: prefixes, missing references, inline rich text. */
class SheetRowReaderTest {

    private static final String SHEET = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <x:dimension ref="A1:D9"/>
              <x:sheetData>
                <x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c></x:row>
                <x:row>
                  <x:c t="inlineStr"><x:is>
                    <x:r><x:t>黑色</x:t></x:r>
                    <x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">客户 </x:t></x:r>
                    <x:rPh sb="0" eb="2"><x:t>ヘイ</x:t></x:rPh>
                  </x:is></x:c>
                  <x:c><x:v>4.5</x:v></x:c>
                  <x:c t="e"><x:v>#N/A</x:v></x:c>
                  <x:c t="d"><x:v>2026-11-03T00:00:00Z</x:v></x:c>
                </x:row>
                <x:row r="9"><x:c r="D9" t="str"><x:f>A1&amp;""</x:f><x:v>公式</x:v></x:c></x:row>
                <x:row r="10"><x:c r="B10" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="C10" t="s"><x:v>2</x:v></x:c></x:row>
              </x:sheetData>
              <x:mergeCells count="1"><x:mergeCell ref="A1:D1"/></x:mergeCells>
            </x:worksheet>
            """;

    @Test
    void readsCellsByPositionWithAndWithoutReferences() throws XMLStreamException, IOException {
        CellTextFormatter formatter = formatter();
        try (SheetRowReader rows = reader(formatter)) {
            assertThat(rows.nextRow()).isTrue();
            assertThat(rows.rowNumber()).isEqualTo(2);
            assertThat(cells(rows)).containsExactly("项目编码", null, "房号");

            assertThat(rows.nextRow()).isTrue();
            assertThat(rows.rowNumber()).isEqualTo(3);
            assertThat(cells(rows)).containsExactly("黑色客户 ", "4.5", null, "2026-11-03");

            assertThat(rows.nextRow()).isTrue();
            assertThat(rows.rowNumber()).isEqualTo(9);
            assertThat(cells(rows)).containsExactly(null, null, null, "公式");

            assertThat(rows.nextRow()).isTrue();
            assertThat(rows.isBlank()).isTrue();

            assertThat(rows.nextRow()).isFalse();
        }
    }

    @Test
    void keepsOnlyRequestedColumnsOnceSelectedButSeesContentElsewhere() throws XMLStreamException, IOException {
        CellTextFormatter formatter = formatter();
        String[] values = new String[2];
        try (SheetRowReader rows = reader(formatter)) {
            // column 0 of the request sits at position B, column 1 at position D
            rows.select(new ColumnLayout(new int[] {-1, 0, -1, 1}), values);

            assertThat(rows.nextRow()).isTrue();
            assertThat(rows.isBlank()).isFalse();
            assertThat(values).containsExactly(null, null);

            assertThat(rows.nextRow()).isTrue();
            assertThat(values).containsExactly("4.5", "2026-11-03");

            assertThat(rows.nextRow()).isTrue();
            assertThat(values).containsExactly(null, "公式");
        }
    }

    @Test
    void aSheetDeclaringEntitiesNeverHasThemReadIn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "口令");
        String hostile = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY leak SYSTEM "%s"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                  <row r="1"><c r="A1" t="inlineStr"><is><t>&leak;&b;</t></is></c></row>
                </sheetData></worksheet>
                """.formatted(secret.toUri());
        StringBuilder read = new StringBuilder();
        byte[] sheet = hostile.getBytes(StandardCharsets.UTF_8);
        try (SheetRowReader rows = new SheetRowReader(new ByteArrayInputStream(sheet), SheetXml.factory(),
                formatter())) {
            while (rows.nextRow()) {
                for (String cell : cells(rows)) {
                    read.append(cell);
                }
            }
        } catch (XMLStreamException | RuntimeException refused) {
            read.append("refused");
        }
        assertThat(read.toString()).doesNotContain("口令").doesNotContain("aaaa");
    }

    @Test
    void turnsReferencesIntoPositions() {
        assertThat(SheetRowReader.positionOf("A1", -1)).isZero();
        assertThat(SheetRowReader.positionOf("Z7", -1)).isEqualTo(25);
        assertThat(SheetRowReader.positionOf("AA100", -1)).isEqualTo(26);
        assertThat(SheetRowReader.positionOf("XFD1048576", -1)).isEqualTo(16383);
        assertThat(SheetRowReader.positionOf(null, 4)).isEqualTo(4);
    }

    private static CellTextFormatter formatter() {
        return new CellTextFormatter(SharedStringTable.of(List.of("项目编码", "房号", "　")), CellFormats.NONE, false);
    }

    private static SheetRowReader reader(CellTextFormatter formatter) throws XMLStreamException {
        return new SheetRowReader(new ByteArrayInputStream(SHEET.strip().getBytes(StandardCharsets.UTF_8)),
                SheetXml.factory(), formatter);
    }

    private static String[] cells(SheetRowReader rows) {
        String[] cells = new String[rows.cellCount()];
        System.arraycopy(rows.cellsByPosition(), 0, cells, 0, cells.length);
        return cells;
    }
}
