package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.MergeFiles.MERGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.inbox.FileRows;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.StagingMapper;
import com.satops.support.MapperSlice;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Visit results: an issued 任务编号 decides the household, else the room; a row
 * without 拜访日期 records nothing and is no issue; a later file's result of the same
 * visit replaces the earlier one's.
 */
@MapperSlice
class VisitMergeMapperTest {

    private static final Map<String, String> ZH = Map.of("visitNotIssued", "任务编号未下发", "visitUnknownProject",
            "项目{0}不存在", "unknownHousehold", "项目{0}没有这个房号");

    @Autowired
    VisitMergeMapper visits;

    @Autowired
    StagingMapper staging;

    @Autowired
    JdbcTemplate db;

    @Test
    void rowsResolveByTaskThenRoomAndTheUnresolvedVisitedOnesAreSaid() {
        long h1 = MergeFiles.household(db, "P1", "1-101");
        long h2 = MergeFiles.household(db, "P1", "1-102");
        assignment("T1", h1);
        row(11, 2, "T1", null, null, "2026-11-03");
        row(11, 3, null, "P1", "1-102", "2026-11-03");
        row(11, 4, "T9", null, null, "2026-11-03");
        row(12, 2, null, "P9", "9-101", "2026-11-03");
        row(12, 3, null, "P1", "1-999", "2026-11-03");
        row(12, 4, null, "P1", "1-999", null);
        MergeFiles.list(staging, InboxKind.VISITS, 11, 12);

        visits.reportUnknownHousehold(MERGE, ZH);
        assertThat(db.queryForList("SELECT CONCAT(file_name, ':', row_no, ' ', column_name, ' ', cell_value, ' ',"
                + " reason) FROM data_issue ORDER BY file_id, row_no", String.class))
                .containsExactly("f11.xlsx:4 任务编号 T9 任务编号未下发", "f12.xlsx:2 房号 9-101 项目P9不存在",
                        "f12.xlsx:3 房号 1-999 项目P1没有这个房号");
        assertThat(db.queryForList("SELECT COALESCE(project_code, '-') FROM data_issue ORDER BY file_id, row_no",
                String.class)).as("the row's 项目编码, none for a 任务编号 alone").containsExactly("-", "P9", "P1");
        assertThat(visits.countVisited()).containsExactlyInAnyOrder(new FileRows(11, 3), new FileRows(12, 2));
        staging.markRejectedRows(0);
        staging.dropNamedRows(InboxKind.VISITS.stagingTable());
        visits.upsertResults();
        assertThat(db.queryForList("SELECT CONCAT(file_id, ':', row_no, ' ', household_id) FROM visit_result"
                + " ORDER BY file_id, row_no", String.class)).containsExactly("11:2 " + h1, "11:3 " + h2);
    }

    @Test
    void aLaterFilesResultOfTheSameVisitReplacesTheEarlierOne() {
        long h1 = MergeFiles.household(db, "P1", "1-101");
        long h2 = MergeFiles.household(db, "P1", "1-102");
        assignment("T1", h1);
        row(11, 2, "T1", null, null, "2026-11-03");
        row(11, 3, null, "P1", "1-102", "2026-11-03");
        row(11, 4, null, "P1", "1-102", "2026-11-03");
        row(12, 2, "T1", null, null, "2026-11-04");
        row(12, 3, null, "P1", "1-102", "2026-11-03");
        row(12, 4, null, "P1", "1-102", null);
        db.update("UPDATE stg_visit SET owner_score = (file_id - 10) * 10 + row_no");
        MergeFiles.list(staging, InboxKind.VISITS, 11, 12);

        visits.markSuperseded(false);
        staging.dropNamedRows(InboxKind.VISITS.stagingTable());
        visits.upsertResults();

        assertThat(db.queryForList("SELECT CONCAT(result_key, ' ', visited_on, ' ', owner_score, ' ', file_id, ':',"
                + " row_no) FROM visit_result ORDER BY result_key", String.class))
                .containsExactly("A:T1 2026-11-04 22 12:2", "H:" + h2 + "@2026-11-03 2026-11-03 23 12:3");
    }

    private void row(long fileId, int rowNo, String task, String project, String roomKey, String visitedOn) {
        db.update("INSERT INTO stg_visit (file_id, sheet, row_no, assignment_id, project_code, room_key, visited_on,"
                + " method) VALUES (?, '拜访', ?, ?, ?, ?, ?, 'PHONE')", fileId, rowNo, task, project, roomKey,
                visitedOn == null ? null : java.sql.Date.valueOf(visitedOn));
    }

    private void assignment(String id, long householdId) {
        db.update("INSERT INTO visit_assignment (assignment_id, assign_month, project_code, household_id, staff_no,"
                + " role, candidate_rank, priority, run_key, execution_id) VALUES (?, '2026-11', 'P1', ?, 'S1',"
                + " 'STEWARD', 1, 'COVERAGE', 'run', 1)", id, householdId);
    }
}
