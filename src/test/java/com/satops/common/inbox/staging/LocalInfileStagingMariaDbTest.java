package com.satops.common.inbox.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.OccupancyStatus;
import com.satops.common.domain.ReasonCategory;
import com.satops.common.domain.ReturnVisitRating;
import com.satops.common.domain.StaffRole;
import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.kind.ErpRowStager;
import com.satops.common.inbox.kind.StaffRowStager;
import com.satops.common.inbox.kind.SurveyRowStager;
import com.satops.common.inbox.kind.WorkorderRowStager;
import com.satops.common.inbox.staging.StagingLoader.StagingLoad;
import com.satops.support.FreshStart;
import com.satops.support.MariaDbDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bulk load stages every value as it was handed over, or nothing at all. */
@MariaDbDatabase
class LocalInfileStagingMariaDbTest extends FreshStart {

    private static final long FILE = 41L;

    /** Texts whose bytes the load's escapes could bend, and ones as long as their column (200). */
    private static final List<String> TEXTS = List.of("张\t三", "第一行\n第二行", "回车\r\n换行", "C:\\业主\\名单",
            "\\N", "NULL", "\\", "结尾反斜杠\\", "\\t 不是制表符 \\n", "O'Brien \"老王\"", "nul\0byte", "",
            "欧阳娜娜😀👨‍👩‍👧", "龘".repeat(200), "😀".repeat(200), " 首尾空格 ");

    @Autowired
    StagingLoader loader;

    @Autowired
    JdbcTemplate db;

    @Test
    void theLoaderIsTheBulkLoad() {
        assertThat(loader).isInstanceOf(LocalInfileStagingLoader.class);
    }

    @Test
    void trickyTextsEmptyAndNullAreReadBackExactly() {
        // given: one roster row per text, the text as owner name; sheet and project name alternate null and ""
        List<ErpRowStager.Staged> rows = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            String sheet = i % 2 == 0 ? null : "";
            String projectName = i % 2 == 0 ? "" : null;
            rows.add(new ErpRowStager.Staged(FILE, sheet, i + 2, "XXHY", projectName, "1-1-" + i, "1", null,
                    String.valueOf(i), "A区", TEXTS.get(i), null, HandoverStatus.DELIVERED, OccupancyStatus.VACANT));
        }

        // when
        stage(InboxKind.ERP, rows);

        // then
        List<List<Object>> stored = db.query("SELECT row_no, sheet, project_name, unit, owner_name, phone,"
                        + " handover_status, occupancy_status FROM stg_erp WHERE file_id = ? ORDER BY row_no",
                (r, n) -> Arrays.asList(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8)), FILE);
        List<List<Object>> expected = new ArrayList<>();
        for (ErpRowStager.Staged row : rows) {
            expected.add(Arrays.asList(row.rowNo(), row.sheet(), row.projectName(), null, row.ownerName(), null,
                    "DELIVERED", "VACANT"));
        }
        assertThat(stored).containsExactlyElementsOf(expected);
    }

    @Test
    void datesTimesNumbersAndFlagsAreReadBackExactly() {
        // given
        LocalDateTime created = LocalDateTime.of(2026, 11, 3, 8, 5, 9);
        stage(InboxKind.WORKORDERS, List.of(new WorkorderRowStager.Staged(FILE, "工单", 2, "WO-1", "XXHY", "1-1-0101",
                WorkOrderType.REPAIR, created, created.plusMinutes(7), null, null, created.plusDays(2), null,
                ReturnVisitRating.SATISFIED, null, "S1", WorkOrderStatus.COMPLETED)));
        stage(InboxKind.SURVEYS, List.of(
                new SurveyRowStager.Staged(FILE, null, 2, "2026-10", "XXHY", "1-1-0101", 3, "保安\t态度差",
                        ReasonCategory.SECURITY, true, LocalDate.of(2026, 10, 12)),
                new SurveyRowStager.Staged(FILE, null, 3, "2026-10", "XXHY", "1-1-0102", 0, null, null, false, null)));
        stage(InboxKind.STAFF, List.of(new StaffRowStager.Staged(FILE, null, 2, "S1", "赵管家", StaffRole.values()[0],
                "XXHY", null, "s1@example.com", null, false)));

        // then
        assertThat(db.queryForList("SELECT created_at, responded_at, dispatched_at, completed_at, return_visit_rating,"
                + " status FROM stg_workorder WHERE file_id = ?", FILE)).singleElement()
                .satisfies(r -> assertThat(Arrays.asList(r.values().toArray())).containsExactly(created,
                        created.plusMinutes(7), null, created.plusDays(2), "SATISFIED", "COMPLETED"));
        assertThat(db.query("SELECT score, reason, reason_category, in_assessment, surveyed_on FROM stg_survey"
                        + " WHERE file_id = ? ORDER BY row_no", (r, n) -> Arrays.asList(r.getInt(1), r.getString(2),
                        r.getString(3), r.getBoolean(4), r.getObject(5, LocalDate.class)), FILE))
                .containsExactly(Arrays.asList(3, "保安\t态度差", "SECURITY", true, LocalDate.of(2026, 10, 12)),
                        Arrays.asList(0, null, null, false, null));
        assertThat(db.query("SELECT monthly_quota, active, zone FROM stg_staff WHERE file_id = ?",
                (r, n) -> Arrays.asList(r.getObject(1), r.getBoolean(2), r.getString(3)), FILE))
                .containsExactly(Arrays.asList(null, false, null));
    }

    @Test
    void aValueTheDatabaseWouldCutFailsTheLoadAndKeepsNothing() {
        // given: rows the checks would have refused (a 40-character project code where 32 fit)
        List<ErpRowStager.Staged> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String project = i == 4321 ? "P".repeat(40) : "XXHY";
            rows.add(new ErpRowStager.Staged(FILE, null, i + 2, project, null, "1-1-" + i, "1", null,
                    String.valueOf(i), "A区", null, null, HandoverStatus.DELIVERED, OccupancyStatus.RESIDENT));
        }

        // when / then: never silently truncated
        assertThatThrownBy(() -> stage(InboxKind.ERP, rows)).hasMessageContaining("stg_erp")
                .hasMessageContaining("project_code");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_erp", Integer.class)).isZero();
    }

    @Test
    void aLoadGivenUpBeforeItsEndKeepsNothing() {
        // given: a load fed 20,000 rows in ten chunks, then given up (the step failed before its last row)
        StagingLoad load = loader.begin(InboxKind.ERP);
        for (int i = 0; i < 20_000; i++) {
            load.add(new ErpRowStager.Staged(FILE, null, i + 2, "XXHY", null, "1-1-" + i, "1", null,
                    String.valueOf(i), "A区", "业主" + i, null, HandoverStatus.DELIVERED, OccupancyStatus.RESIDENT));
            if (i % 2000 == 1999) {
                load.endChunk();
            }
        }

        // when
        load.close();

        // then
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_erp", Integer.class)).isZero();
    }

    private void stage(InboxKind kind, List<?> records) {
        try (StagingLoad load = loader.begin(kind)) {
            records.forEach(load::add);
            load.endChunk();
            load.finish();
        }
    }
}
