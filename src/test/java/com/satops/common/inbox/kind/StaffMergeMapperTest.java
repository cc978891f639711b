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

/** The staff list: a staff number of an unknown project is skipped; a later row, in a file or after it, wins. */
@MapperSlice
class StaffMergeMapperTest {

    @Autowired
    StaffMergeMapper staff;

    @Autowired
    StagingMapper staging;

    @Autowired
    JdbcTemplate db;

    @Test
    void aStaffMemberOfAnUnknownProjectIsSaidOfEveryFile() {
        knownProject("P1");
        row(11, 2, "S1", "甲", "P1", "a@x.cn");
        row(11, 3, "S2", "乙", "P9", "b@x.cn");
        row(12, 2, "S3", "丙", "P8", "c@x.cn");
        MergeFiles.list(staging, InboxKind.STAFF, 11, 12);

        staff.reportUnknownProject(MERGE, Map.of("unknownProject", "项目不存在"));

        assertThat(db.queryForList("SELECT CONCAT(file_name, ':', row_no, ' ', cell_value) FROM data_issue"
                + " WHERE row_skipped ORDER BY file_id", String.class)).containsExactly("f11.xlsx:3 P9", "f12.xlsx:2 P8");
    }

    @Test
    void theLastRowOfAStaffNumberWinsWithinAFileAndAcrossFilesAndAHeldBackFileChangesNothing() {
        row(11, 2, "S1", "甲", "P1", "a@x.cn");
        row(11, 4, "S1", "甲二", "P1", null);
        row(12, 2, "S1", "甲三", "P1", "c@x.cn");
        row(12, 3, "S2", "乙", "P1", null);
        row(13, 2, "S1", "不算", "P1", "d@x.cn");
        MergeFiles.list(staging, InboxKind.STAFF, 11, 12, 13);
        staging.holdBackMergeFiles(List.of(13L));

        staff.markSuperseded(false);
        staging.dropNamedRows(InboxKind.STAFF.stagingTable());
        staff.upsertStaff();

        assertThat(db.queryForList("SELECT CONCAT(staff_no, ' ', staff_name, ' ', COALESCE(email, '-'), ' ', file_id,"
                + " ':', row_no) FROM staff ORDER BY staff_no", String.class))
                .containsExactly("S1 甲三 c@x.cn 12:2", "S2 乙 - 12:3");
    }

    @Test
    void aBadLastRowOfAStaffNumberReplacesNoGoodRowBeforeIt() {
        knownProject("P1");
        row(11, 2, "S1", "甲", "P1", "a@x.cn");
        row(11, 3, "S1", "甲", "P1", "b@x.cn");
        row(11, 4, "S1", "甲新", "P9", "c@x.cn");
        MergeFiles.list(staging, InboxKind.STAFF, 11);
        long issuesBefore = staging.lastIssueId();

        staff.reportUnknownProject(MERGE, Map.of("unknownProject", "项目不存在"));
        assertThat(staging.markRejectedRows(issuesBefore)).isEqualTo(1);
        assertThat(staff.markSuperseded(true)).as("row 2 only: row 4 is bad and named already").isEqualTo(1);
        staging.dropNamedRows(InboxKind.STAFF.stagingTable());
        staff.upsertStaff();

        assertThat(db.queryForList("SELECT CONCAT(staff_no, ' ', staff_name, ' ', email, ' ', row_no) FROM staff",
                String.class)).containsExactly("S1 甲 b@x.cn 3");
    }

    private void knownProject(String code) {
        db.update("INSERT INTO project (project_code, project_name) VALUES (?, ?)", code, code);
    }

    private void row(long fileId, int rowNo, String staffNo, String name, String project, String email) {
        db.update("INSERT INTO stg_staff (file_id, sheet, row_no, staff_no, staff_name, role, project_code, zone,"
                + " email, monthly_quota, active) VALUES (?, '人员', ?, ?, ?, 'STEWARD', ?, NULL, ?, 10, TRUE)",
                fileId, rowNo, staffNo, name, project, email);
    }
}
