package com.satops.presampling;

/** A household of the eligible frame, as the agency receives it (phone still unmasked here). */
public record EligibleRow(String projectCode, String projectName, String roomKey, String zone, String ownerName,
                          String phone, String customerClass) {
}
