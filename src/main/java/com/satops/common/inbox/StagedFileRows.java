package com.satops.common.inbox;

/** A file of a merge: the rows staging holds of it, and the data rows its stage read (null if none read it all). */
public record StagedFileRows(long fileId, int staged, Integer rowsRead) {
}
