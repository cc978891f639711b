package com.satops.satisfaction;

/** A data issue this run's import recorded, as the report lists it. */
public record RunDataIssue(String fileName, String sheet, Integer rowNo, String columnName, String cellValue,
                           String reason, boolean rowSkipped) {
}
