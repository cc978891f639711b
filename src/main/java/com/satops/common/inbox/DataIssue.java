package com.satops.common.inbox;

/**
 * One problem found in an input file, located as a user finds it in Excel.
 * {@code rowSkipped} tells a bad row (not applied) from a bad optional cell (row applied, cell empty).
 * {@code reason} says why as a message key; {@code reasonText} is its zh-CN wording, stored beside it.
 * {@code projectCode} is the row's 项目编码 as written (null for a file-level issue or a row without one):
 * the project whose workbooks list the issue.
 */
public record DataIssue(long executionId, String runKey, Long fileId, String fileName, String sheet,
                        Integer rowNo, String columnName, String cellValue, IssueReason reason, String reasonText,
                        boolean rowSkipped, String projectCode) {

    private static final int MAX_VALUE = 500;
    private static final int MAX_REASON = 2000;

    public DataIssue {
        if (cellValue != null && cellValue.length() > MAX_VALUE) {
            cellValue = cellValue.substring(0, MAX_VALUE);
        }
        if (reasonText != null && reasonText.length() > MAX_REASON) {
            reasonText = reasonText.substring(0, MAX_REASON);
        }
    }
}
