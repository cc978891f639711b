package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.MergeFiles.MERGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.StagingMapper;
import com.satops.support.MapperSlice;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CRM marks: the checks over every file of the merge (a row of an unknown project
 * or room is skipped, said once), the last row of a household and day in a file,
 * then file after file every class change kept, a change back too.
 */
@MapperSlice
class CrmMergeMapperTest {

    private static final Map<String, String> ZH = Map.of("unknownProject", "项目不存在", "unknownHousehold",
            "项目{0}没有这个房号");

    @Autowired
    CrmMergeMapper crm;

    @Autowired
    StagingMapper staging;

    @Autowired
    JdbcTemplate db;

    @Test
    void rowsOfUnknownProjectsAndRoomsInAnyFileAreSaidOnceEach() {
        MergeFiles.household(db, "P1", "1-101");
        row(11, 2, "P1", "1-101", "VIP", "2026-11-01");
        row(11, 3, "P9", "1-101", "VIP", "2026-11-01");
        row(12, 2, "P1", "1-999", "VIP", "2026-11-01");
        row(12, 3, "P1", "1-101", "VIP", "2026-11-02");
        MergeFiles.list(staging, InboxKind.CRM, 11, 12);

        crm.reportUnknownProjectOrHousehold(MERGE, ZH);

        assertThat(db.queryForList("SELECT CONCAT(file_name, ':', row_no, ' ', column_name, ' ', cell_value, ' ',"
                + " reason, ' ', reason_key) FROM data_issue WHERE row_skipped ORDER BY file_id", String.class))
                .containsExactly("f11.xlsx:3 项目编码 P9 项目不存在 inbox.issue.unknownProject",
                        "f12.xlsx:2 房号 1-999 项目P1没有这个房号 inbox.issue.unknownHousehold");
        // each names the 项目编码 its row wrote, known or not, for the workbooks that list it
        assertThat(db.queryForList("SELECT project_code FROM data_issue ORDER BY file_id", String.class))
                .containsExactly("P9", "P1");
    }

    @Test
    void aHouseholdAndDayListedTwiceInAFileKeepsTheLastRowAndInTwoFilesBoth() {
        MergeFiles.household(db, "P1", "1-101");
        row(11, 2, "P1", "1-101", "VIP", "2026-11-01");
        row(11, 5, "P1", "1-101", "BLACK", "2026-11-01");
        row(11, 6, "P1", "1-102", "BLACK", "2026-11-01");
        row(12, 2, "P1", "1-101", "NORMAL", "2026-11-01");
        MergeFiles.list(staging, InboxKind.CRM, 11, 12);

        crm.markSuperseded(false);
        staging.dropNamedRows(InboxKind.CRM.stagingTable());

        assertThat(db.queryForList("SELECT CONCAT(file_id, ':', row_no) FROM stg_crm ORDER BY file_id, row_no",
                String.class)).containsExactly("11:5", "11:6", "12:2");
    }

    @Test
    void fileAfterFileEveryClassChangeIsKeptAndTheLatestMarkIsTheClass() {
        // given: marked VIP by the first file, back to NORMAL by the second, with a note left blank
        long h = MergeFiles.household(db, "P1", "1-101");
        row(11, 2, "P1", "1-101", "VIP", "2026-11-01");
        row(12, 2, "P1", "1-101", "NORMAL", "2026-11-05");
        row(12, 3, "P1", "1-101", "NORMAL", "2026-10-01");
        MergeFiles.list(staging, InboxKind.CRM, 11, 12);

        // when
        for (long file : new long[] {11, 12}) {
            crm.recordClassChanges(MERGE, file);
            crm.upsertMarks(file);
            crm.refreshCurrentClass(file);
        }

        // then: the October mark is older than the class it would change, so no change
        assertThat(db.queryForList("SELECT CONCAT(from_class, '>', to_class, ' ', changed_on, ' ', file_id, ':',"
                + " row_no, ' ', run_key) FROM class_change ORDER BY change_id", String.class))
                .containsExactly("NORMAL>VIP 2026-11-01 11:2 run-7", "VIP>NORMAL 2026-11-05 12:2 run-7");
        assertThat(db.queryForMap("SELECT customer_class, class_marked_on FROM household"))
                .containsEntry("CUSTOMER_CLASS", "NORMAL");
        assertThat(db.queryForList("SELECT DISTINCT household_id FROM class_mark", Long.class)).containsExactly(h);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Integer.class)).isEqualTo(3);
    }

    private void row(long fileId, int rowNo, String project, String roomKey, String customerClass, String markedOn) {
        db.update("INSERT INTO stg_crm (file_id, sheet, row_no, project_code, room_key, customer_class, marked_on,"
                + " note) VALUES (?, '客户', ?, ?, ?, ?, ?, NULL)", fileId, rowNo, project, roomKey, customerClass,
                java.sql.Date.valueOf(markedOn));
    }
}
