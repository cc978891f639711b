package com.satops.common.report;

import java.util.ArrayList;
import java.util.List;

/** A data issue as a report lists it (FORMATS §3): file, sheet, row, column, value, reason. */
public record DataIssueRow(String fileName, String sheet, Integer rowNo, String columnName, String cellValue,
                           String reason, boolean rowSkipped, String reasonKey, String reasonArg0,
                           String reasonArg1, String reasonArg2) {

    /** The arguments of the reason's message, as many as were stored. */
    public List<String> reasonArgs() {
        List<String> args = new ArrayList<>();
        for (String arg : new String[] {reasonArg0, reasonArg1, reasonArg2}) {
            if (arg == null) {
                break;
            }
            args.add(arg);
        }
        return args;
    }
}
