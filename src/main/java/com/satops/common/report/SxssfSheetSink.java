package com.satops.common.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** A sheet of a POI streaming workbook: what every report but visit-assignment's is written to. */
final class SxssfSheetSink implements SheetSink {

    private final SXSSFSheet sheet;
    private final ReportStyles styles;
    private Row row;

    SxssfSheetSink(SXSSFSheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    @Override
    public String name() {
        return sheet.getSheetName();
    }

    @Override
    public void row(int index) {
        row = sheet.createRow(index);
    }

    @Override
    public void text(int column, String value, int style) {
        cell(column, style).setCellValue(value);
    }

    @Override
    public void number(int column, double value, int style) {
        cell(column, style).setCellValue(value);
    }

    @Override
    public void blank(int column, int style) {
        cell(column, style);
    }

    private Cell cell(int column, int style) {
        Cell cell = row.createCell(column);
        if (style != DEFAULT_STYLE) {
            cell.setCellStyle(styles.get(style));
        }
        return cell;
    }

    @Override
    public void columnWidth(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    @Override
    public void freezeAndRepeat(int rows) {
        sheet.createFreezePane(0, rows);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + rows));
        sheet.setPrintGridlines(true);
    }

    @Override
    public void autoFilter(CellRangeAddress range) {
        sheet.setAutoFilter(range);
    }

    @Override
    public void choices(int firstRow, int lastRow, int column, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        validate(helper, helper.createExplicitListConstraint(values), firstRow, lastRow, column);
    }

    @Override
    public void wholeNumbers(int firstRow, int lastRow, int column, int min, int max) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        validate(helper, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                String.valueOf(min), String.valueOf(max)), firstRow, lastRow, column);
    }

    private void validate(DataValidationHelper helper, DataValidationConstraint constraint, int firstRow,
                          int lastRow, int column) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    @Override
    public void printSetup(String headerCentre, String headerRight, String footerCentre) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerCentre != null) {
            sheet.getHeader().setCenter(headerCentre);
        }
        if (headerRight != null) {
            sheet.getHeader().setRight(headerRight);
        }
        if (footerCentre != null) {
            sheet.getFooter().setCenter(footerCentre);
        }
    }

    @Override
    public SXSSFSheet poi() {
        return sheet;
    }
}
