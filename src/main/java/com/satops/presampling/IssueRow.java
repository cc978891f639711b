package com.satops.presampling;

/** A data issue as a user finds it in Excel: file, sheet, row, column, value and why. */
public record IssueRow(String fileName, String sheet, Integer rowNo, String columnName, String cellValue,
                       String reason, boolean rowSkipped) {
}
