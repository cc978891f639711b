package com.satops.presampling;

import java.time.LocalDate;

/** A household the latest roster of its project left out: it keeps its last status. */
public record MissingRow(String projectCode, String projectName, String roomKey, String zone, String ownerName,
                         String phone, String lastRosterFile, LocalDate lastRosterOn, String latestRosterFile,
                         FrameOutcome outcome) {
}
