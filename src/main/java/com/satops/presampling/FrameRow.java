package com.satops.presampling;

import java.time.LocalDate;

/**
 * A household's outcome with what it rests on: its status and class as of the
 * run, the CRM mark its class comes from, the ERP change that set its status,
 * and the roster that first listed it. {@code previousOutcome} is last month's
 * outcome where a listing compares months (null: not in last month's frame).
 */
public record FrameRow(String projectCode, String projectName, String roomKey, String zone, String ownerName,
                       String phone, FrameOutcome outcome, FrameOutcome previousOutcome,
                       String handoverStatus, String occupancyStatus, String customerClass,
                       LocalDate markedOn, String markFile, String markSheet, Integer markRow,
                       LocalDate changedOn, String changeFile, Integer changeRow,
                       LocalDate firstListedOn, String firstFile, Integer firstRow) {
}
