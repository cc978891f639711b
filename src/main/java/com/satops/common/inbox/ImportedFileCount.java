package com.satops.common.inbox;

/** Files, data rows and applied rows of one kind and status within an import. */
public record ImportedFileCount(InboxKind kind, String status, long files, long dataRows, long appliedRows) {
}
