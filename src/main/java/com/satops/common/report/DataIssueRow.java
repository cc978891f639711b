package com.satops.common.report;

/** A data issue as a report lists it (FORMATS §3): file, sheet, row, column, value, reason. */
public record DataIssueRow(String fileName, String sheet, Integer rowNo, String columnName, String cellValue,
                           String reason, boolean rowSkipped) {
}
