package com.satops.common.inbox;

/** Where a staged row came from: its sheet ("" for CSV) and row number as Excel shows them. */
public record RowRef(String sheet, int rowNo) {
}
