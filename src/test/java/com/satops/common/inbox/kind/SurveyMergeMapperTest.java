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

/** Survey responses: unknown projects and rooms skipped; month + household keyed, a later row replacing. */
@MapperSlice
class SurveyMergeMapperTest {

    private static final Map<String, String> ZH = Map.of("unknownProject", "项目不存在", "unknownHousehold",
            "项目{0}没有这个房号");

    @Autowired
    SurveyMergeMapper surveys;

    @Autowired
    StagingMapper staging;

    @Autowired
    JdbcTemplate db;

    @Test
    void rowsOfUnknownProjectsAndRoomsAreSaidOfEveryFile() {
        MergeFiles.household(db, "P1", "1-101");
        row(11, 2, "2026-11", "P1", "1-101", 5);
        row(11, 3, "2026-11", "P9", "1-101", 5);
        row(12, 2, "2026-11", "P1", "1-999", 5);
        MergeFiles.list(staging, InboxKind.SURVEYS, 11, 12);

        surveys.reportUnknownProjectOrHousehold(MERGE, ZH);

        assertThat(db.queryForList("SELECT CONCAT(file_name, ':', row_no, ' ', reason) FROM data_issue"
                + " ORDER BY file_id", String.class)).containsExactly("f11.xlsx:3 项目不存在", "f12.xlsx:2 项目P1没有这个房号");
    }

    @Test
    void aLaterRowOfAMonthAndHouseholdReplacesTheEarlierOneWithinAFileAndAcrossFiles() {
        long h = MergeFiles.household(db, "P1", "1-101");
        row(11, 2, "2026-11", "P1", "1-101", 1);
        row(11, 3, "2026-11", "P1", "1-101", 2);
        row(12, 2, "2026-11", "P1", "1-101", 3);
        row(12, 3, "2026-10", "P1", "1-101", 4);
        db.update("UPDATE stg_survey SET reason = '吵' WHERE file_id = 11");
        MergeFiles.list(staging, InboxKind.SURVEYS, 11, 12);

        surveys.markSuperseded(false);
        staging.dropNamedRows(InboxKind.SURVEYS.stagingTable());
        surveys.upsertResponses();

        assertThat(db.queryForList("SELECT DISTINCT household_id FROM survey_response", Long.class)).containsExactly(h);
        assertThat(db.queryForList("SELECT CONCAT(survey_month, ' ', score, ' ', COALESCE(reason, '-'), ' ', file_id,"
                + " ':', row_no) FROM survey_response ORDER BY survey_month", String.class))
                .containsExactly("2026-10 4 - 12:3", "2026-11 3 - 12:2");
    }

    @Test
    void filesListingEachMonthAndRoomOnceAreSaidToRepeatNone() {
        row(11, 2, "2026-11", "P1", "1-101", 1);
        row(11, 3, "2026-10", "P1", "1-101", 2);
        row(12, 2, "2026-11", "P1", "1-101", 3);
        MergeFiles.list(staging, InboxKind.SURVEYS, 11, 12);
        assertThat(surveys.countPossiblyRepeatedKeys()).isZero();
    }

    @Test
    void aFileListingAMonthAndRoomTwiceIsSaidToRepeatOne() {
        row(11, 2, "2026-11", "P1", "1-101", 1);
        row(11, 3, "2026-10", "P1", "1-101", 2);
        row(12, 2, "2026-11", "P1", "1-101", 3);
        MergeFiles.list(staging, InboxKind.SURVEYS, 11, 12);
        row(12, 3, "2026-11", "P1", "1-101", 4);
        assertThat(surveys.countPossiblyRepeatedKeys()).isPositive();
    }

    private void row(long fileId, int rowNo, String month, String project, String roomKey, int score) {
        db.update("INSERT INTO stg_survey (file_id, sheet, row_no, survey_month, project_code, room_key, score,"
                + " reason, reason_category, in_assessment, surveyed_on) VALUES (?, '满意度', ?, ?, ?, ?, ?, NULL,"
                + " NULL, TRUE, NULL)", fileId, rowNo, month, project, roomKey, score);
    }
}
