package com.satops.presampling;

import com.satops.common.report.ReportText;

/** Where a record came from as a reader finds it: the file and, when known, the row as Excel shows it. */
final class SourceText {

    private SourceText() {
    }

    static String of(ReportText text, String fileName, Integer rowNo) {
        return rowNo == null ? fileName : text.get("frame.sourceRow", fileName, rowNo.toString());
    }
}
