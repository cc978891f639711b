package com.satops.patrol;

/** A data issue of the run as the report lists it. */
public record DataIssueLine(String fileName, String sheet, Integer rowNo, String columnName, String cellValue,
                            String reason, boolean rowSkipped) {
}
