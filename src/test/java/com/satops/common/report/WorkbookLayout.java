package com.satops.common.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Checks a written report the way a reader sees it on screen and on paper. */
public final class WorkbookLayout implements AutoCloseable {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private final XSSFWorkbook book;

    private WorkbookLayout(XSSFWorkbook book) {
        this.book = book;
    }

    public static WorkbookLayout open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new WorkbookLayout(new XSSFWorkbook(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XSSFWorkbook poi() {
        return book;
    }

    /** A list sheet: bold frozen filtered header in row {@code headerRow} (0-based), printed landscape one page wide. */
    public WorkbookLayout isListSheet(String sheetName, int headerRow) {
        XSSFSheet sheet = sheet(sheetName);
        Row header = sheet.getRow(headerRow);
        for (Cell cell : header) {
            assertThat(((XSSFCellStyle) cell.getCellStyle()).getFont().getBold()).as(cell.toString()).isTrue();
        }
        assertThat(sheet.getPaneInformation()).isNotNull();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (headerRow + 1));
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as("autofilter").isTrue();
        isPrintable(sheetName);
        assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(0, headerRow, -1, -1));
        return this;
    }

    /** Landscape, fit to one page wide, a page header naming the report. */
    public WorkbookLayout isPrintable(String sheetName) {
        XSSFSheet sheet = sheet(sheetName);
        assertThat(sheet.getPrintSetup().getLandscape()).as("landscape").isTrue();
        assertThat(sheet.getFitToPage()).as("fit to page").isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getHeader().getCenter()).as("page header").isNotBlank();
        return this;
    }

    /** The column headed {@code header} is at least as wide as its longest value (Chinese counted double). */
    public WorkbookLayout columnFits(String sheetName, String header) {
        XSSFSheet sheet = sheet(sheetName);
        int column = columnOf(sheet, header);
        int longest = 0;
        String widest = "";
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && row.getRowNum() > 0) {
                String value = FORMATTER.formatCellValue(cell);
                if (TextWidth.of(value) > longest) {
                    longest = TextWidth.of(value);
                    widest = value;
                }
            }
        }
        assertThat(longest).as("values in " + header).isPositive();
        assertThat(sheet.getColumnWidth(column) / 256).as(header + " fits " + widest).isGreaterThanOrEqualTo(longest);
        return this;
    }

    /** The header the header row of the sheet holds, to find the column by. */
    public int columnOf(XSSFSheet sheet, String header) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (header.equals(FORMATTER.formatCellValue(cell))) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    public XSSFSheet sheet(String name) {
        XSSFSheet sheet = book.getSheet(name);
        assertThat(sheet).as("sheet " + name).isNotNull();
        return sheet;
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
