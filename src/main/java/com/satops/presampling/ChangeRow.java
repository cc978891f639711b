package com.satops.presampling;

import java.time.LocalDate;

/** One class or status change an import recorded: {@code field} is CLASS, HANDOVER or OCCUPANCY. */
public record ChangeRow(String projectCode, String roomKey, String field, String fromValue, String toValue,
                        LocalDate changedOn, String fileName, Integer rowNo) {
}
