package com.satops.common.inbox;

/** A count of rows of one file of a merge. */
public record FileRows(long fileId, int rowTotal) {
}
