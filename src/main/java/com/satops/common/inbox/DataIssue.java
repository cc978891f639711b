package com.satops.common.inbox;

/**
 * One problem found in an input file, located as a user finds it in Excel.
 * {@code rowSkipped} tells a bad row (not applied) from a bad optional cell (row applied, cell empty).
 */
public record DataIssue(long executionId, String runKey, Long fileId, String fileName, String sheet,
                        Integer rowNo, String columnName, String cellValue, String reason, boolean rowSkipped) {

    private static final int MAX_VALUE = 500;

    public DataIssue {
        if (cellValue != null && cellValue.length() > MAX_VALUE) {
            cellValue = cellValue.substring(0, MAX_VALUE);
        }
        if (reason != null && reason.length() > MAX_VALUE) {
            reason = reason.substring(0, MAX_VALUE);
        }
    }
}
