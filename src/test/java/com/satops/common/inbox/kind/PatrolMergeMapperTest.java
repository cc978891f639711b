package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.MergeFiles.MERGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.StagingMapper;
import com.satops.support.MapperSlice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Patrol issues over several files: every status change kept (closed, then
 * re-opened by the next file), blank optional cells keeping what an earlier file
 * said, the last row of an issue in a file.
 */
@MapperSlice
class PatrolMergeMapperTest {

    @Autowired
    PatrolMergeMapper patrol;

    @Autowired
    StagingMapper staging;

    @Autowired
    JdbcTemplate db;

    @Test
    void anIssueOfAnUnknownProjectIsSkipped() {
        db.update("INSERT INTO project (project_code, project_name) VALUES ('P1', 'P1')");
        row(11, 2, "I1", "P1", "OPEN", "东门");
        row(12, 2, "I2", "P9", "OPEN", "东门");
        MergeFiles.list(staging, InboxKind.PATROL, 11, 12);

        patrol.reportUnknownProject(MERGE, Map.of("unknownProject", "项目不存在"));

        assertThat(db.queryForList("SELECT CONCAT(file_name, ':', row_no, ' ', cell_value) FROM data_issue",
                String.class)).containsExactly("f12.xlsx:2 P9");
    }

    @Test
    void aStatusClosedByOneFileAndReopenedByTheNextIsTwoChangesAndBlankCellsKeepWhatWasSaid() {
        // given: a known open issue; a new one opened by the first file and closed by the second
        row(1, 2, "I1", "P1", "OPEN", "东门");
        MergeFiles.list(staging, InboxKind.PATROL, 1);
        patrol.upsertIssues();
        db.update("DELETE FROM stg_patrol");
        staging.clearMergeFiles();
        row(11, 2, "I1", "P1", "CLOSED", null);
        db.update("UPDATE stg_patrol SET closed_on = DATE '2026-11-10'");
        row(12, 3, "I1", "P1", "OPEN", null);
        row(11, 4, "I2", "P1", "OPEN", "西门");
        row(12, 5, "I2", "P1", "CLOSED", null);
        row(13, 2, "I2", "P1", "OPEN", "不算");
        MergeFiles.list(staging, InboxKind.PATROL, 11, 12, 13);
        staging.holdBackMergeFiles(List.of(13L));

        // when
        patrol.recordStatusChanges(MERGE);
        patrol.upsertIssues();

        // then
        assertThat(db.queryForList("SELECT CONCAT(issue_no, ' ', from_status, '>', to_status, ' ',"
                + " COALESCE(CAST(closed_on AS VARCHAR), '-'), ' ', file_id, ':', row_no, ' ', changed_on)"
                + " FROM patrol_status_change ORDER BY change_id", String.class))
                .containsExactly("I1 OPEN>CLOSED 2026-11-10 11:2 2026-11-20", "I1 CLOSED>OPEN - 12:3 2026-11-20",
                        "I2 OPEN>CLOSED - 12:5 2026-11-20");
        assertThat(db.queryForList("SELECT CONCAT(issue_no, ' ', status, ' ', location, ' ',"
                + " COALESCE(CAST(closed_on AS VARCHAR), '-'), ' ', file_id) FROM patrol_issue ORDER BY issue_no",
                String.class)).containsExactly("I1 OPEN 东门 - 12", "I2 CLOSED 西门 - 12");
    }

    @Test
    void anIssueListedTwiceInAFileKeepsTheLastRow() {
        row(11, 2, "I1", "P1", "OPEN", "东门");
        row(11, 6, "I1", "P1", "CLOSED", "东门");
        row(12, 2, "I1", "P1", "OPEN", "东门");
        MergeFiles.list(staging, InboxKind.PATROL, 11, 12);

        patrol.markSuperseded(false);
        staging.dropNamedRows(InboxKind.PATROL.stagingTable());

        assertThat(db.queryForList("SELECT CONCAT(file_id, ':', row_no) FROM stg_patrol ORDER BY file_id",
                String.class)).containsExactly("11:6", "12:2");
    }

    private void row(long fileId, int rowNo, String issueNo, String project, String status, String location) {
        db.update("INSERT INTO stg_patrol (file_id, sheet, row_no, issue_no, project_code, patrol_type, found_on,"
                + " zone, location, category, description, department, owner_staff_no, status, closed_on,"
                + " rechecked_on) VALUES (?, '巡检', ?, ?, ?, 'DAILY', DATE '2026-11-01', NULL, ?, NULL, '墙皮脱落',"
                + " NULL, NULL, ?, NULL, NULL)", fileId, rowNo, issueNo, project, location, status);
    }
}
