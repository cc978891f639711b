package com.satops.common.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A workbook of cells only, written as SpreadsheetML without POI, reads back in POI exactly as the streaming
 * workbook of the same content: every cell, style, width and set-up.
 */
class CellsOnlyWorkbookTest {

    private static final String AWKWARD = "=SUM(A1) & <b> \"x\" a\u0001b\u001Fc\uFFFE\tn\nr\r\u00a0 𠀋😀 拜访";

    @TempDir
    Path dir;

    @Test
    void readsBackAsTheStreamingWorkbookOfTheSameContent() throws IOException {
        Path streamed = write(ReportWorkbook::create, "streamed.xlsx");
        Path direct = write(ReportWorkbook::cellsOnly, "direct.xlsx");

        try (XSSFWorkbook expected = open(streamed); XSSFWorkbook actual = open(direct)) {
            assertThat(names(actual)).containsExactlyElementsOf(names(expected)).hasSize(4);
            for (int s = 0; s < expected.getNumberOfSheets(); s++) {
                sameSheet(expected.getSheetAt(s), actual.getSheetAt(s));
            }
            XSSFSheet list = actual.getSheet("A&B 张三");
            assertThat(validations(list)).hasSize(2);
            assertThat(filter(list)).isEqualTo("A3:F6");
            assertThat(list.getRow(3).getCell(0).getStringCellValue()).isEqualTo("=1+2");
            assertThat(list.getRow(3).getCell(4).getStringCellValue()).startsWith("=SUM(A1) & <b>").contains("𠀋😀");
            assertThat(list.getHeader().getCenter()).isEqualTo("星河湾 && XXHY · 2026-11");
            assertThat(definedNames(actual)).containsExactlyInAnyOrderElementsOf(definedNames(expected))
                    .anyMatch(name -> name.startsWith("_xlnm.Print_Titles"));
            assertThat(actual.getActiveSheetIndex()).isEqualTo(expected.getActiveSheetIndex());
            assertThat(actual.getProperties().getCoreProperties().getCreator())
                    .isEqualTo(expected.getProperties().getCoreProperties().getCreator());
        }
        wholeZip(direct);
    }

    @Test
    void aSheetOfManyRowsReadsBackWholeInterleavedWithAnother() throws IOException {
        // rows of two sheets interleaved, past what a workbook holds in memory (some 8 MB of rows against 4 MB):
        // the rest go through temporary files
        Path file = dir.resolve("long.xlsx");
        int rows = 25_000;
        try (ReportWorkbook book = ReportWorkbook.cellsOnly(file, ReportBundles.text(ReportLocale.ZH_CN), "公司")) {
            SheetWriter first = book.listSheet("甲", Column.code("编号"), Column.longText("说明"));
            SheetWriter second = book.listSheet("乙", Column.code("编号"), Column.count("数"));
            for (int i = 0; i < rows; i++) {
                first.row("A-" + i, "拜访说明".repeat(10) + "𠀋😀" + i);
                second.row("B-" + i, i);
            }
            book.save();
        }
        try (XSSFWorkbook book = open(file)) {
            XSSFSheet first = book.getSheet("甲");
            XSSFSheet second = book.getSheet("乙");
            assertThat(first.getLastRowNum()).isEqualTo(rows);
            assertThat(second.getLastRowNum()).isEqualTo(rows);
            for (int i : new int[] {0, rows / 2, rows - 1}) {
                assertThat(first.getRow(i + 1).getCell(1).getStringCellValue())
                        .isEqualTo("拜访说明".repeat(10) + "𠀋😀" + i);
                assertThat(second.getRow(i + 1).getCell(1).getNumericCellValue()).isEqualTo(i);
            }
        }
        wholeZip(file);
    }

    @Test
    void aListPastExcelsRowLimitGoesOnInASheetOfTheSameNameWithItsTitleAndHeader() throws Exception {
        Path file = dir.resolve("limit.xlsx");
        int limit = SpreadsheetVersion.EXCEL2007.getMaxRows();
        // a title line and the header take two of the first sheet's rows
        int rows = limit - 2 + 3;
        try (ReportWorkbook book = ReportWorkbook.cellsOnly(file, ReportBundles.text(ReportLocale.ZH_CN), "公司")) {
            SheetWriter list = book.listSheet("清单", List.of("全部"), Column.code("编号"));
            for (int i = 0; i < rows; i++) {
                list.row("V" + i);
            }
            book.save();
        }
        // read as a stream of rows: a sheet of a million rows does not fit a test's heap as a POI workbook
        List<String> names = new ArrayList<>();
        List<List<String>> firstAndLast = new ArrayList<>();
        List<Integer> rowCounts = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    names.add(sheets.getSheetName());
                    RowsSeen seen = new RowsSeen();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, seen, false));
                    parser.parse(new InputSource(sheet));
                    rowCounts.add(seen.rows);
                    firstAndLast.add(List.of(seen.first.get(0), seen.first.get(1), seen.first.get(2), seen.last));
                }
            }
            try (InputStream workbook = reader.getWorkbookData()) {
                String xml = new String(workbook.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                // the first sheet filters down to the limit, the continuation to its last row
                assertThat(xml).contains("localSheetId=\"0\">清单!$1:$2<", "localSheetId=\"1\">'清单(2)'!$1:$2<",
                        ">清单!$A$2:$A$" + limit + "<", ">'清单(2)'!$A$2:$A$5<");
            }
        }
        assertThat(names).containsExactly("清单", "清单(2)");
        assertThat(rowCounts).containsExactly(limit, 5);
        assertThat(firstAndLast.get(0)).containsExactly("全部", "编号", "V0", "V" + (limit - 3));
        assertThat(firstAndLast.get(1)).containsExactly("全部", "编号", "V" + (limit - 2), "V" + (rows - 1));
    }

    /** The rows of a sheet as POI streams them: how many, the first cells of the first three and the last. */
    private static final class RowsSeen implements XSSFSheetXMLHandler.SheetContentsHandler {

        private int rows;
        private final List<String> first = new ArrayList<>();
        private String last;

        @Override
        public void startRow(int rowNum) {
            rows++;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference.startsWith("A")) {
                if (first.size() < 3) {
                    first.add(value);
                }
                last = value;
            }
        }
    }

    private Path write(WorkbookMaker maker, String fileName) {
        Path file = dir.resolve(fileName);
        ReportText text = ReportBundles.text(ReportLocale.ZH_CN);
        try (ReportWorkbook book = maker.make(file, text, "星河湾 & XXHY · 2026-11")) {
            SheetWriter cover = book.summarySheet("说明");
            cover.row("项目", "XXHY", "星河湾");
            cover.row("截至", LocalDate.of(2026, 11, 30));
            cover.blank();
            cover.title("指标");
            cover.table(Column.text("指标"), Column.count("数值"), Column.rate("比例"), Column.points("变化"),
                    Column.money("金额"), Column.number("均值"), Column.dateTime("时间"), Column.longText("备注"));
            cover.row("整数", 12L, new BigDecimal("0.8571"), new BigDecimal("0.0134"), new BigDecimal("1234.5"),
                    2.5, LocalDateTime.of(2026, 11, 3, 10, 15, 30), "很长的备注".repeat(20));
            cover.row("其他", 7, new Share(new BigDecimal("0.25")), new Points(new BigDecimal("-0.02")), 99,
                    null, null, true);
            cover.row(null, Integer.MAX_VALUE, 0.5, 0.01, 1.25f, BigDecimal.TEN, LocalDate.of(2026, 1, 1), false);
            cover.total("合计", 19L, null, null, 1333.75);
            cover.blank();
            cover.note("说明：" + AWKWARD);
            cover.row(" 前后有空格 ");
            cover.row();

            SheetWriter list = book.listSheet("A&B 张三", List.of("星河湾 2026-11 拜访清单", "第二行标题"),
                    Column.code("任务编号"), Column.date("拜访日期"), Column.text("拜访方式"), Column.count("业主评分"),
                    Column.longText("业主诉求"), Column.text("姓名"));
            list.row("=1+2", LocalDate.of(2026, 11, 3), "+上门", 5, AWKWARD, "张三");
            list.row("-3", null, "@电话", null, "a&b<c>d", "李四");
            list.row("V202611-XXHY-000001", LocalDate.of(2026, 11, 4), "", 1, null, "王五");
            list.choices(3, 5, 2, "上门", "电话");
            list.wholeNumbers(3, 5, 3, 1, 5);

            book.listSheet("空表", Column.text("文件"), Column.count("行号"));
            book.summarySheet("Sheet[1]:*?/");
            book.save();
        }
        return file;
    }

    @FunctionalInterface
    private interface WorkbookMaker {
        ReportWorkbook make(Path target, ReportText text, String pageTitle);
    }

    private static void sameSheet(XSSFSheet expected, XSSFSheet actual) {
        String name = expected.getSheetName();
        assertThat(actual.getLastRowNum()).as(name + " rows").isEqualTo(expected.getLastRowNum());
        assertThat(actual.getPhysicalNumberOfRows()).as(name).isEqualTo(expected.getPhysicalNumberOfRows());
        int widest = 0;
        for (Row row : expected) {
            Row other = actual.getRow(row.getRowNum());
            assertThat(other).as(name + " row " + row.getRowNum()).isNotNull();
            assertThat(other.getLastCellNum()).as(name + " row " + row.getRowNum()).isEqualTo(row.getLastCellNum());
            assertThat(other.getPhysicalNumberOfCells()).isEqualTo(row.getPhysicalNumberOfCells());
            for (Cell cell : row) {
                sameCell(cell, other.getCell(cell.getColumnIndex()));
            }
            widest = Math.max(widest, row.getLastCellNum());
        }
        for (int c = 0; c < widest + 2; c++) {
            assertThat(actual.getColumnWidth(c)).as(name + " width " + c).isEqualTo(expected.getColumnWidth(c));
        }
        PaneInformation pane = expected.getPaneInformation();
        PaneInformation otherPane = actual.getPaneInformation();
        if (pane == null) {
            assertThat(otherPane).as(name + " pane").isNull();
        } else {
            assertThat(otherPane).as(name + " pane").isNotNull();
            assertThat(otherPane.isFreezePane()).isEqualTo(pane.isFreezePane());
            assertThat(otherPane.getHorizontalSplitPosition()).isEqualTo(pane.getHorizontalSplitPosition());
            assertThat(otherPane.getVerticalSplitPosition()).isEqualTo(pane.getVerticalSplitPosition());
            assertThat(otherPane.getHorizontalSplitTopRow()).isEqualTo(pane.getHorizontalSplitTopRow());
        }
        assertThat(filter(actual)).as(name + " filter").isEqualTo(filter(expected));
        assertThat(validations(actual)).as(name + " validations").isEqualTo(validations(expected));
        XSSFPrintSetup print = expected.getPrintSetup();
        XSSFPrintSetup otherPrint = actual.getPrintSetup();
        assertThat(otherPrint.getLandscape()).as(name).isEqualTo(print.getLandscape()).isTrue();
        assertThat(otherPrint.getPaperSize()).isEqualTo(print.getPaperSize());
        assertThat(otherPrint.getFitWidth()).isEqualTo(print.getFitWidth());
        assertThat(otherPrint.getFitHeight()).isEqualTo(print.getFitHeight());
        assertThat(actual.getFitToPage()).isEqualTo(expected.getFitToPage()).isTrue();
        assertThat(actual.getAutobreaks()).isEqualTo(expected.getAutobreaks());
        assertThat(actual.isPrintGridlines()).as(name + " grid lines").isEqualTo(expected.isPrintGridlines());
        assertThat(actual.getRepeatingRows()).isEqualTo(expected.getRepeatingRows());
        assertThat(actual.getHeader().getLeft()).isEqualTo(expected.getHeader().getLeft());
        assertThat(actual.getHeader().getCenter()).isEqualTo(expected.getHeader().getCenter());
        assertThat(actual.getHeader().getRight()).isEqualTo(expected.getHeader().getRight()).isNotEmpty();
        assertThat(actual.getFooter().getCenter()).isEqualTo(expected.getFooter().getCenter()).isEqualTo("&P / &N");
        for (int margin = 0; margin < 6; margin++) {
            assertThat(actual.getMargin((short) margin)).isEqualTo(expected.getMargin((short) margin));
        }
    }

    private static void sameCell(Cell expected, Cell actual) {
        String where = expected.getSheet().getSheetName() + "!" + expected.getAddress();
        assertThat(actual).as(where).isNotNull();
        assertThat(actual.getCellType()).as(where).isEqualTo(expected.getCellType());
        switch (expected.getCellType()) {
            case STRING -> assertThat(actual.getStringCellValue()).as(where)
                    .isEqualTo(expected.getStringCellValue());
            case NUMERIC -> assertThat(actual.getNumericCellValue()).as(where)
                    .isEqualTo(expected.getNumericCellValue());
            default -> { }
        }
        XSSFCellStyle style = (XSSFCellStyle) expected.getCellStyle();
        XSSFCellStyle other = (XSSFCellStyle) actual.getCellStyle();
        assertThat(other.getDataFormatString()).as(where).isEqualTo(style.getDataFormatString());
        assertThat(other.getFont().getBold()).as(where).isEqualTo(style.getFont().getBold());
        assertThat(other.getFont().getFontHeightInPoints()).as(where)
                .isEqualTo(style.getFont().getFontHeightInPoints());
        assertThat(other.getFont().getFontName()).as(where).isEqualTo(style.getFont().getFontName());
        assertThat(other.getBorderTop()).as(where).isEqualTo(style.getBorderTop());
        assertThat(other.getBorderBottom()).as(where).isEqualTo(style.getBorderBottom());
        assertThat(other.getBorderLeft()).as(where).isEqualTo(style.getBorderLeft());
        assertThat(other.getBorderRight()).as(where).isEqualTo(style.getBorderRight());
        assertThat(other.getFillPattern()).as(where).isEqualTo(style.getFillPattern());
        assertThat(other.getFillForegroundColor()).as(where).isEqualTo(style.getFillForegroundColor());
        assertThat(other.getWrapText()).as(where).isEqualTo(style.getWrapText());
        assertThat(other.getVerticalAlignment()).as(where).isEqualTo(style.getVerticalAlignment());
        assertThat(other.getAlignment()).as(where).isEqualTo(style.getAlignment());
    }

    private static String filter(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null;
    }

    private static List<String> validations(XSSFSheet sheet) {
        List<String> all = new ArrayList<>();
        for (DataValidation validation : sheet.getDataValidations()) {
            var constraint = validation.getValidationConstraint();
            all.add(constraint.getValidationType() + " " + constraint.getOperator() + " "
                    + List.of(validation.getRegions().getCellRangeAddresses()) + " "
                    + (constraint.getExplicitListValues() == null ? null
                    : List.of(constraint.getExplicitListValues()))
                    + " " + constraint.getFormula1() + " " + constraint.getFormula2() + " "
                    + validation.getShowErrorBox() + " " + validation.getEmptyCellAllowed() + " "
                    + validation.getErrorStyle());
        }
        return all;
    }

    private static List<String> names(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> definedNames(XSSFWorkbook book) {
        List<String> all = new ArrayList<>();
        for (XSSFName name : book.getAllNames()) {
            all.add(name.getNameName() + " " + name.getSheetIndex() + " " + name.getRefersToFormula());
        }
        return all;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every entry inflates whole and matches its checksum, as {@code unzip -t} tests it. */
    private static void wholeZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            List<String> names = new ArrayList<>();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            assertThat(names).startsWith("[Content_Types].xml").contains("xl/workbook.xml", "xl/styles.xml");
        }
        // and POI opens it from the file too (a zip's central directory rather than its stream)
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            assertThat(book.getNumberOfSheets()).isPositive();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
