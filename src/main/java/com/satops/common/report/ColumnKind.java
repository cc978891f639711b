package com.satops.common.report;

/**
 * What a report column holds; its width limits, number format and wrapping follow
 * from it, so a job only says what its columns are.
 */
public enum ColumnKind {
    /** Names, places, labels: as wide as the longest value, up to a wide cap. */
    TEXT(6, 80, false),
    /** Keys people search by (任务编号, 问题编号, 房号, 工号): never cut, never wrapped. */
    CODE(6, 80, false),
    /** Whole numbers. */
    COUNT(6, 16, false),
    /** Decimal numbers (two places). */
    NUMBER(6, 18, false),
    /** Amounts of money (thousands separated, two places). */
    MONEY(8, 20, false),
    /** A fraction 0–1 shown as a percentage. */
    RATE(8, 12, false),
    /** A change of a rate, a fraction 0–1 shown as percentage points (个百分点 / pp). */
    POINTS(8, 16, false),
    /** A day, {@code yyyy-mm-dd}. */
    DATE(10, 12, false),
    /** A moment to the second, {@code yyyy-mm-dd hh:mm:ss} (a 15-minute promise is missed by one second). */
    DATE_TIME(19, 21, false),
    /** Free text (descriptions, requests, reasons): wrapped within a moderate width. */
    LONG_TEXT(10, 50, true);

    private final int minWidth;
    private final int maxWidth;
    private final boolean wrapped;

    ColumnKind(int minWidth, int maxWidth, boolean wrapped) {
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.wrapped = wrapped;
    }

    /** Excel column width in characters for content this wide. */
    int widthFor(int contentWidth) {
        return Math.max(minWidth, Math.min(maxWidth, contentWidth));
    }

    boolean wrapped() {
        return wrapped;
    }
}
