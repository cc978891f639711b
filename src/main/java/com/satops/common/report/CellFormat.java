package com.satops.common.report;

/** The number formats a report cell can take; each becomes one cell style per workbook. */
enum CellFormat {
    GENERAL(null),
    TEXT("@"),
    COUNT("0"),
    NUMBER("0.00"),
    MONEY("#,##0.00"),
    PERCENT("0.00%"),
    /** Filled in from the report wording: {@code 0.00" 个百分点"} or {@code 0.00" pp"}. */
    POINTS(null),
    DATE("yyyy-mm-dd"),
    DATE_TIME("yyyy-mm-dd hh:mm:ss");

    private final String pattern;

    CellFormat(String pattern) {
        this.pattern = pattern;
    }

    String pattern() {
        return pattern;
    }
}
