package com.satops.presampling;

import java.time.LocalDate;

/** One CRM class change of a household, with the file that brought it. */
public record ClassChangeRow(String projectCode, String roomKey, String fromClass, String toClass,
                             LocalDate changedOn, String fileName, Integer rowNo) {

    boolean sameHousehold(ClassChangeRow other) {
        return other != null && projectCode.equals(other.projectCode) && roomKey.equals(other.roomKey);
    }
}
