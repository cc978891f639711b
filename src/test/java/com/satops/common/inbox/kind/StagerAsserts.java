package com.satops.common.inbox.kind;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.inbox.DataIssue;
import com.satops.common.inbox.StagedRow;

/** What a staged row says, as the tests of the stagers read it. */
final class StagerAsserts {

    private StagerAsserts() {
    }

    /** The row is bad: not staged, and its one issue has this column and reason key. */
    static DataIssue badRow(StagedRow row, String column, String reasonKey) {
        assertThat(row.record()).as("staged record").isNull();
        assertThat(row.issues()).extracting(i -> i.columnName() + " " + i.reason().key())
                .contains(column + " " + reasonKey);
        return row.issues().stream().filter(i -> reasonKey.equals(i.reason().key())).findFirst().orElseThrow();
    }

    /** The row applies, with one issue on an optional cell taken as empty. */
    static DataIssue notedCell(StagedRow row, String column, String reasonKey) {
        assertThat(row.record()).as("staged record").isNotNull();
        assertThat(row.issues()).hasSize(1);
        DataIssue issue = row.issues().get(0);
        assertThat(issue.columnName()).isEqualTo(column);
        assertThat(issue.reason().key()).isEqualTo(reasonKey);
        assertThat(issue.rowSkipped()).isFalse();
        return issue;
    }
}
