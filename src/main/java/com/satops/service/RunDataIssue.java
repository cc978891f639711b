package com.satops.service;

/** One data issue of a run, as the run detail lists it. */
public record RunDataIssue(String fileName, String sheet, Integer rowNo, String columnName, String cellValue,
                           String reason, boolean rowSkipped) {
}
