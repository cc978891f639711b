package com.satops.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report workbook read back with POI as a user sees it: every sheet, in order,
 * as displayed text; and the readings of sheets, rows and cells the job tests share.
 */
public record WorkbookCells(Map<String, List<List<String>>> sheets, int formulaCells) {

    private static final DataFormatter FORMATTER = new DataFormatter();

    public static WorkbookCells read(Path file) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        int formulas = 0;
        try (XSSFWorkbook book = open(file)) {
            for (Sheet sheet : book) {
                sheets.put(sheet.getSheetName(), rows(sheet));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkbookCells(sheets, formulas);
    }

    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    public List<List<String>> sheet(String name) {
        List<List<String>> rows = sheets.get(name);
        if (rows == null) {
            throw new AssertionError("no sheet " + name + " in " + sheetNames());
        }
        return rows;
    }

    /** The first row of a sheet whose cell in {@code column} is {@code value}. */
    public Optional<List<String>> row(String sheet, int column, String value) {
        return sheet(sheet).stream().filter(r -> r.size() > column && value.equals(r.get(column))).findFirst();
    }

    /** Rows after the header row. */
    public List<List<String>> body(String sheet) {
        List<List<String>> rows = sheet(sheet);
        return rows.subList(1, rows.size());
    }

    /** The whole workbook in memory; the file is closed again. */
    public static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sheetNames(Workbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** A cell as displayed; a cell that is not there reads as empty. */
    public static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }

    /** A row's cells as displayed, up to its last cell. */
    public static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    /** Every row of a sheet as displayed, a row that is not there as an empty list. */
    public static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            rows.add(row == null ? new ArrayList<>() : texts(row));
        }
        return rows;
    }

    /** The cells of one column below the header, down to the sheet's last row; rows and cells not there are left out. */
    public static List<String> column(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(index) != null) {
                cells.add(text(row.getCell(index)));
            }
        }
        return cells;
    }

    /**
     * A row's cells as values, as wide as the sheet's header: text, a number (double),
     * a LocalDate for a date-formatted cell, null for a blank one.
     */
    public static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        int width = Math.max(row.getLastCellNum(), row.getSheet().getRow(0).getLastCellNum());
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                values.add(null);
            } else if (cell.getCellType() == CellType.NUMERIC) {
                values.add(DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate() : cell.getNumericCellValue());
            } else {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }
}
