package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps every kind's merge shares, over the files listed for the merge only: counting each file's staged
 * and bad rows (a bad row once however many of its cells were bad), and removing the bad rows from staging.
 */
@MapperSlice
class StagingMapperTest {

    @Autowired
    StagingMapper staging;

    @Autowired
    DataIssueMapper issues;

    @Autowired
    JdbcTemplate db;

    @Test
    void theFilesOfAMergeAreListedInTheirOrderAndCanBeTakenOutHeldBackOrCleared() {
        staging.listMergeFiles(List.of(file(12), file(11), file(13)));
        staging.unlistMergeFiles(List.of(13L));
        staging.holdBackMergeFiles(List.of(11L));

        assertThat(db.queryForList("SELECT CONCAT(file_id, ' ', merge_order, ' ', file_name, ' ',"
                        + " CASE WHEN applies THEN 'applies' ELSE 'held back' END) FROM stg_merge_file"
                        + " ORDER BY merge_order", String.class))
                .containsExactly("12 0 f12.csv applies", "11 1 f11.csv held back");
        staging.clearMergeFiles();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_merge_file", Integer.class)).isZero();
    }

    @Test
    void stagedRowsAreCountedPerListedFile() {
        visitRow(11, "拜访", 2);
        visitRow(11, "拜访", 3);
        visitRow(12, "拜访", 2);
        visitRow(99, "拜访", 2);
        staging.listMergeFiles(List.of(file(11), file(12), file(13)));

        assertThat(staging.stagedRows(InboxKind.VISITS.stagingTable()))
                .containsExactlyInAnyOrder(new FileRows(11, 2), new FileRows(12, 1), new FileRows(13, 0));
    }

    @Test
    void skippedRowsAreCountedOncePerSheetAndRowAndOnlyWhenSkipped() {
        skipped(11, "房产", 5, true);
        skipped(11, "房产", 5, true);
        // the same row number on another sheet is another row
        skipped(11, "车位", 5, true);
        // a bad optional cell: the row was applied
        skipped(11, "房产", 6, false);
        // a CSV file's rows have no sheet and still count once each
        skipped(12, null, 5, true);
        skipped(12, null, 5, true);
        skipped(12, null, 6, true);
        // a file not in this merge
        skipped(99, "房产", 7, true);
        staging.listMergeFiles(List.of(file(11), file(12), file(13)));

        assertThat(staging.skippedRows()).containsExactlyInAnyOrder(new FileRows(11, 2), new FileRows(12, 2));
    }

    @Test
    void theRowsTheChecksFoundBadLeaveStagingAndTheirNamesAreForgotten() {
        visitRow(11, "拜访", 2);
        visitRow(11, "拜访", 3);
        visitRow(11, "其他", 2);
        visitRow(12, "拜访", 2);
        visitRow(99, "拜访", 2);
        // found bad while staging, so never staged: not looked for
        skipped(11, "拜访", 4, true);
        long issuesBefore = staging.lastIssueId();
        skipped(11, "拜访", 2, true);
        skipped(11, "拜访", 2, true);
        skipped(11, "拜访", 3, false);
        skipped(12, "拜访", 2, true);
        skipped(99, "拜访", 2, true);
        staging.listMergeFiles(List.of(file(11), file(12)));

        assertThat(staging.markRejectedRows(issuesBefore)).isEqualTo(2);
        staging.forgetNamedRows();
        staging.markRejectedRows(issuesBefore);
        staging.dropNamedRows(InboxKind.VISITS.stagingTable());

        assertThat(db.queryForList("SELECT CONCAT(file_id, ' ', sheet, ' ', row_no) FROM stg_visit"
                + " ORDER BY file_id, sheet, row_no", String.class))
                .containsExactly("11 其他 2", "11 拜访 3", "99 拜访 2");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_dropped_row", Integer.class)).isZero();
    }

    private static InboxFile file(long fileId) {
        return new InboxFile(fileId, InboxKind.VISITS, "f" + fileId + ".csv", "inbox/visits/f" + fileId + ".csv",
                "sha" + fileId);
    }

    private void visitRow(long fileId, String sheet, int rowNo) {
        db.update("INSERT INTO stg_visit (file_id, sheet, row_no) VALUES (?, ?, ?)", fileId, sheet, rowNo);
    }

    private void skipped(long fileId, String sheet, int rowNo, boolean rowSkipped) {
        issues.insert(new DataIssue(7, "run", fileId, "f.xlsx", sheet, rowNo, "交付状态", "?",
                IssueReason.of("inbox.value.noLabel", "已交房/未交房"), "无效", rowSkipped, null));
    }
}
