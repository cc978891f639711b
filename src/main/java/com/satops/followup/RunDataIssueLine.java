package com.satops.followup;

/** A data issue of the run as the report lists it. */
public record RunDataIssueLine(String fileName, String sheet, Integer rowNo, String columnName, String cellValue,
                               String reason, boolean rowSkipped) {
}
