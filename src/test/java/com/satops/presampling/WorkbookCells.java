package com.satops.presampling;

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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A report workbook read back with POI as a user sees it: every sheet, in order, as displayed text. */
record WorkbookCells(Map<String, List<List<String>>> sheets, int formulaCells) {

    static WorkbookCells read(Path file) {
        DataFormatter formatter = new DataFormatter();
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        int formulas = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            Cell cell = row.getCell(c);
                            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                                formulas++;
                            }
                            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                        }
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkbookCells(sheets, formulas);
    }

    List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    List<List<String>> sheet(String name) {
        List<List<String>> rows = sheets.get(name);
        if (rows == null) {
            throw new AssertionError("no sheet " + name + " in " + sheetNames());
        }
        return rows;
    }

    /** The first row of a sheet whose cell in {@code column} is {@code value}. */
    Optional<List<String>> row(String sheet, int column, String value) {
        return sheet(sheet).stream().filter(r -> r.size() > column && value.equals(r.get(column))).findFirst();
    }

    /** Rows after the header row. */
    List<List<String>> body(String sheet) {
        List<List<String>> rows = sheet(sheet);
        return rows.subList(1, rows.size());
    }
}
