package com.satops.common.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook. Each combination of format, weight, border and
 * wrapping is made once and shared by every cell that needs it (a workbook holds
 * at most 64 000 styles, and a style per cell would also cost time). They are
 * looked up by position, not by hashing a key: a million-row listing asks for one
 * per cell.
 */
final class ReportStyles {

    /** What distinguishes one style from another. */
    record Key(CellFormat format, Role role, boolean wrapped) {
    }

    /** Where a cell sits: the header row, a table's body, a total row, a title line or plain. */
    enum Role { PLAIN, HEADER, BODY, TOTAL, TITLE }

    private final Workbook workbook;
    private final String pointsPattern;
    private static final int FORMATS = CellFormat.values().length;
    private static final int ROLES = Role.values().length;
    /** How many styles there can be: the slots are 0 to this less one. */
    static final int SLOTS = FORMATS * ROLES * 2;

    private final CellStyle[] styles = new CellStyle[SLOTS];
    private Font bold;
    private Font title;

    ReportStyles(Workbook workbook, String pointsPattern) {
        this.workbook = workbook;
        this.pointsPattern = pointsPattern;
    }

    /** Where a style sits among the {@link #SLOTS}: a sheet names a cell's style by it, whatever writes the sheet. */
    static int slot(CellFormat format, Role role, boolean wrapped) {
        return (format.ordinal() * ROLES + role.ordinal()) * 2 + (wrapped ? 1 : 0);
    }

    CellStyle get(int slot) {
        CellStyle style = styles[slot];
        if (style == null) {
            style = create(new Key(CellFormat.values()[slot / 2 / ROLES], Role.values()[slot / 2 % ROLES],
                    slot % 2 == 1));
            styles[slot] = style;
        }
        return style;
    }

    private CellStyle create(Key key) {
        CellStyle style = workbook.createCellStyle();
        String pattern = key.format() == CellFormat.POINTS ? pointsPattern : key.format().pattern();
        if (pattern != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        }
        if (key.wrapped()) {
            style.setWrapText(true);
        }
        style.setVerticalAlignment(VerticalAlignment.TOP);
        switch (key.role()) {
            case HEADER -> {
                style.setFont(boldFont());
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                borders(style);
            }
            case BODY -> borders(style);
            case TOTAL -> {
                style.setFont(boldFont());
                borders(style);
                style.setBorderTop(BorderStyle.MEDIUM);
            }
            case TITLE -> style.setFont(titleFont());
            case PLAIN -> { }
        }
        return style;
    }

    private static void borders(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private Font boldFont() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }

    private Font titleFont() {
        if (title == null) {
            title = workbook.createFont();
            title.setBold(true);
            title.setFontHeightInPoints((short) 12);
        }
        return title;
    }
}
