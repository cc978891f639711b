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
 * The roster's merge over several files at once gives what applying them one after
 * the other gives: the last row of a key in a file, a later file over an earlier
 * one, blank owners keeping what was said, every status change (and change back)
 * as history, a project named by its code said once.
 */
@MapperSlice
class ErpMergeMapperTest {

    private static final Map<String, String> ZH = Map.of("projectNamedByCode", "项目{0}未写名称");

    @Autowired
    ErpMergeMapper erp;

    @Autowired
    StagingMapper staging;

    @Autowired
    JdbcTemplate db;

    @Test
    void aKeyListedTwiceInAFileKeepsItsLastRowButAKeyInTwoFilesKeepsBoth() {
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        row(11, 5, "P1", "1-101", "乙", "DELIVERED");
        row(11, 3, "P1", "1-102", "丙", "DELIVERED");
        row(12, 2, "P1", "1-101", "丁", "DELIVERED");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12);

        erp.markSuperseded(false);
        staging.dropNamedRows(InboxKind.ERP.stagingTable());

        assertThat(db.queryForList("SELECT CONCAT(file_id, ':', row_no) FROM stg_erp ORDER BY file_id, row_no",
                String.class)).containsExactly("11:3", "11:5", "12:2");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_dropped_row", Integer.class)).isZero();
    }

    @Test
    void filesListingEachKeyOnceAreSaidToRepeatNone() {
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        row(11, 3, "P1", "1-102", "丙", "DELIVERED");
        row(12, 2, "P1", "1-101", "丁", "DELIVERED");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12);
        assertThat(erp.countPossiblyRepeatedKeys()).isZero();
    }

    @Test
    void aFileListingAKeyTwiceIsSaidToRepeatOne() {
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        row(11, 3, "P1", "1-102", "丙", "DELIVERED");
        row(12, 2, "P1", "1-101", "丁", "DELIVERED");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12);
        row(12, 3, "P1", "1-101", "戊", "DELIVERED");
        assertThat(erp.countPossiblyRepeatedKeys()).isPositive();
    }

    @Test
    void aLaterFileWinsAndABlankOwnerKeepsWhatAnEarlierFileOfTheSameMergeSaid() {
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        row(12, 4, "P1", "1-101", null, "DELIVERED");
        db.update("UPDATE stg_erp SET phone = '139' WHERE file_id = 12");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12);

        erp.listFileProjects();
        erp.upsertProjects();
        erp.upsertHouseholds();

        Map<String, Object> household = db.queryForMap("SELECT * FROM household");
        assertThat(household).containsEntry("OWNER_NAME", "甲").containsEntry("PHONE", "139")
                .containsEntry("FIRST_FILE_ID", 11L).containsEntry("LAST_ROSTER_FILE_ID", 12L)
                .containsEntry("LAST_ROSTER_ROW_NO", 4);
        assertThat(db.queryForMap("SELECT * FROM project")).containsEntry("PROJECT_NAME", "项目P1")
                .containsEntry("LATEST_ROSTER_FILE_ID", 12L);
    }

    @Test
    void newHouseholdsTakeTheirIdsInFileOrderWhateverOrderTheirRowsWereStagedIn() {
        row(12, 2, "P1", "1-201", "甲", "DELIVERED");
        row(11, 4, "P1", "1-104", "甲", "DELIVERED");
        row(11, 2, "P1", "1-102", "甲", "DELIVERED");
        row(11, 3, "P1", "1-103", "甲", "DELIVERED");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12);

        erp.listFileProjects();
        erp.upsertProjects();
        erp.upsertHouseholds();

        // the ids (and so the 任务编号 made of them) follow the files and their rows, not the server's sort
        assertThat(db.queryForList("SELECT room_key FROM household ORDER BY household_id", String.class))
                .containsExactly("1-102", "1-103", "1-104", "1-201");
    }

    @Test
    void theLastFileNamingAProjectNamesItAndAFileNamingNoneKeepsTheName() {
        db.update("INSERT INTO project (project_code, project_name) VALUES ('P2', '旧名')");
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        row(12, 2, "P1", "1-102", "甲", "DELIVERED");
        row(11, 3, "P2", "2-101", "甲", "DELIVERED");
        row(13, 2, "P3", "3-101", "甲", "DELIVERED");
        row(11, 4, "P4", "4-101", "甲", "DELIVERED");
        row(12, 4, "P4", "4-102", "甲", "DELIVERED");
        db.update("UPDATE stg_erp SET project_name = NULL");
        db.update("UPDATE stg_erp SET project_name = '新名' WHERE file_id = 11 AND project_code = 'P1'");
        db.update("UPDATE stg_erp SET project_name = CONCAT('四', file_id) WHERE project_code = 'P4'");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12, 13);

        erp.listFileProjects();
        erp.upsertProjects();

        assertThat(db.queryForList("SELECT CONCAT(project_code, '=', project_name, '@', latest_roster_file_id)"
                + " FROM project ORDER BY project_code", String.class))
                .containsExactly("P1=新名@12", "P2=旧名@11", "P3=P3@13", "P4=四12@12");
    }

    @Test
    void everyStatusChangeAcrossTheFilesIsKeptAndAChangeBackToo() {
        // given: a known household not delivered, delivered by the first file, back by the second
        household("P1", "1-101", "NOT_DELIVERED", "VACANT");
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        row(12, 7, "P1", "1-101", "甲", "NOT_DELIVERED");
        // a new household, changed between the two files; another listed once
        row(11, 3, "P1", "1-102", "甲", "NOT_DELIVERED");
        row(12, 8, "P1", "1-102", "甲", "DELIVERED");
        row(12, 9, "P1", "1-103", "甲", "DELIVERED");
        // a file held back by its verdict changes nothing
        row(13, 2, "P1", "1-101", "甲", "DELIVERED");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12, 13);
        staging.holdBackMergeFiles(List.of(13L));

        // when
        erp.listFileProjects();
        erp.upsertProjects();
        erp.recordKnownHouseholdChanges(MERGE);
        erp.upsertHouseholds();
        erp.recordNewHouseholdChanges(MERGE);

        // then
        assertThat(db.queryForList("SELECT CONCAT(h.room_key, ' ', c.field, ' ', c.from_value, '>', c.to_value,"
                + " ' ', c.file_id, ':', c.row_no, ' ', c.run_key, ' ', c.changed_on) FROM status_change c"
                + " JOIN household h ON h.household_id = c.household_id ORDER BY c.change_id", String.class))
                .containsExactly("1-101 HANDOVER NOT_DELIVERED>DELIVERED 11:2 run-7 2026-11-20",
                        "1-101 HANDOVER DELIVERED>NOT_DELIVERED 12:7 run-7 2026-11-20",
                        "1-102 HANDOVER NOT_DELIVERED>DELIVERED 12:8 run-7 2026-11-20");
        assertThat(db.queryForList("SELECT CONCAT(room_key, ' ', handover_status, ' ', last_roster_file_id)"
                + " FROM household ORDER BY room_key", String.class))
                .containsExactly("1-101 NOT_DELIVERED 12", "1-102 DELIVERED 12", "1-103 DELIVERED 12");
    }

    @Test
    void aProjectOneFileListsIsComparedWithTheHouseholdAndASharedOneFileAfterFileInFileOrder() {
        // given: P1 listed by both files, P2 by the second only, P3 by the first and a held-back file
        household("P1", "1-101", "NOT_DELIVERED", "VACANT");
        household("P2", "2-101", "NOT_DELIVERED", "VACANT");
        household("P3", "3-101", "NOT_DELIVERED", "VACANT");
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        row(11, 3, "P3", "3-101", "甲", "DELIVERED");
        row(12, 2, "P2", "2-101", "甲", "DELIVERED");
        row(12, 3, "P1", "1-101", "甲", "NOT_DELIVERED");
        row(13, 2, "P3", "3-101", "甲", "NOT_DELIVERED");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12, 13);
        staging.holdBackMergeFiles(List.of(13L));

        // when
        erp.listFileProjects();
        erp.recordKnownHouseholdChanges(MERGE);

        // then
        assertThat(erp.countSharedProjects()).isEqualTo(1);
        assertThat(db.queryForList("SELECT CONCAT(h.room_key, ' ', c.from_value, '>', c.to_value, ' ', c.file_id,"
                + " ':', c.row_no) FROM status_change c JOIN household h ON h.household_id = c.household_id"
                + " ORDER BY c.change_id", String.class))
                .containsExactly("1-101 NOT_DELIVERED>DELIVERED 11:2", "3-101 NOT_DELIVERED>DELIVERED 11:3",
                        "2-101 NOT_DELIVERED>DELIVERED 12:2", "1-101 DELIVERED>NOT_DELIVERED 12:3");
    }

    @Test
    void anOccupancyChangeIsItsOwnHistoryRow() {
        household("P1", "1-101", "DELIVERED", "VACANT");
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        db.update("UPDATE stg_erp SET occupancy_status = 'OCCUPIED'");
        MergeFiles.list(staging, InboxKind.ERP, 11);

        erp.listFileProjects();
        erp.recordKnownHouseholdChanges(MERGE);

        assertThat(db.queryForList("SELECT CONCAT(field, ' ', from_value, '>', to_value) FROM status_change",
                String.class)).containsExactly("OCCUPANCY VACANT>OCCUPIED");
    }

    @Test
    void aNewProjectWithoutANameIsSaidOnceUnlessTheFileBeforeWasHeldBack() {
        // P1 unnamed in two applying files: said of the first only; P2 unnamed in a held-back file and the next
        row(11, 2, "P1", "1-101", "甲", "DELIVERED");
        row(11, 3, "P1", "1-102", "甲", "DELIVERED");
        row(12, 4, "P1", "1-103", "甲", "DELIVERED");
        row(13, 5, "P2", "2-101", "甲", "DELIVERED");
        row(14, 6, "P2", "2-102", "甲", "DELIVERED");
        // a known project and a named one are not said
        db.update("INSERT INTO project (project_code, project_name) VALUES ('P3', '三')");
        row(14, 7, "P3", "3-101", "甲", "DELIVERED");
        row(14, 8, "P4", "4-101", "甲", "DELIVERED");
        db.update("UPDATE stg_erp SET project_name = NULL WHERE project_code <> 'P4'");
        MergeFiles.list(staging, InboxKind.ERP, 11, 12, 13, 14);
        staging.holdBackMergeFiles(List.of(13L));

        erp.listFileProjects();
        erp.reportProjectNamedByCode(MERGE, ZH);

        assertThat(db.queryForList("SELECT CONCAT(file_id, ' ', file_name, ' ', row_no, ' ', cell_value, ' ',"
                + " reason, ' ', reason_arg0) FROM data_issue ORDER BY file_id", String.class))
                .containsExactly("11 f11.xlsx 2 P1 项目P1未写名称 P1", "13 f13.xlsx 5 P2 项目P2未写名称 P2",
                        "14 f14.xlsx 6 P2 项目P2未写名称 P2");
        assertThat(db.queryForList("SELECT DISTINCT row_skipped FROM data_issue", Boolean.class)).containsExactly(false);
    }

    private void row(long fileId, int rowNo, String project, String roomKey, String owner, String handover) {
        db.update("INSERT INTO stg_erp (file_id, sheet, row_no, project_code, project_name, room_key, building, unit,"
                        + " room, zone, owner_name, phone, handover_status, occupancy_status)"
                        + " VALUES (?, '房产', ?, ?, ?, ?, '1', NULL, ?, 'A区', ?, NULL, ?, 'VACANT')",
                fileId, rowNo, project, "项目" + project, roomKey, roomKey.substring(2), owner, handover);
    }

    private void household(String project, String roomKey, String handover, String occupancy) {
        db.update("INSERT INTO household (project_code, room_key, building, room, zone, handover_status,"
                + " occupancy_status, first_file_id, last_roster_file_id) VALUES (?, ?, '1', ?, 'A区', ?, ?, 1, 1)",
                project, roomKey, roomKey.substring(2), handover, occupancy);
    }
}
