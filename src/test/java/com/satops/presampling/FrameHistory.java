package com.satops.presampling;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows the sample-frame statements read, written straight into the tables for
 * the mapper slices: files, projects, households and their history.
 */
final class FrameHistory {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    static final String RUN = "presampling-cleanup|2026-12|ALL";
    static final long ROSTER = 1;

    private final JdbcTemplate db;

    FrameHistory(JdbcTemplate db) {
        this.db = db;
    }

    static FrameQuery query(List<String> projects) {
        return new FrameQuery("2026-12", "2026-11", AS_OF, AS_OF.withDayOfMonth(1), projects,
                List.of("RENTED", "RESIDENT"), List.of(), RUN, 9);
    }

    void file(long fileId, String kind, String name, String status, LocalDate effectiveOn) {
        db.update("INSERT INTO imported_file (file_id, kind, file_name, source_path, sha256, status, run_key,"
                + " execution_id, effective_on) VALUES (?, ?, ?, ?, ?, ?, ?, 9, ?)", fileId, kind, name,
                "inbox/" + name, String.format("%064d", fileId), status, RUN, effectiveOn);
    }

    void project(String code, String name) {
        db.update("INSERT INTO project (project_code, project_name, latest_roster_file_id) VALUES (?, ?, ?)",
                code, name, ROSTER);
    }

    void household(long id, String project, String building, String unit, String room, String handover,
                   String occupancy) {
        String roomKey = building + "-" + (unit == null ? "" : unit + "-") + room;
        db.update("INSERT INTO household (household_id, project_code, room_key, building, unit, room, zone,"
                + " owner_name, phone, handover_status, occupancy_status, first_file_id, last_roster_file_id,"
                + " last_roster_row_no) VALUES (?, ?, ?, ?, ?, ?, 'A区', ?, '13800000000', ?, ?, ?, ?, ?)",
                id, project, roomKey, building, unit, room, "业主" + id, handover, occupancy, ROSTER, ROSTER, id + 1);
    }

    void household(long id, String handover, String occupancy) {
        household(id, "XXHY", "1", null, String.valueOf(id), handover, occupancy);
    }

    void leftOffLatestRoster(long household, long lastRosterFileId) {
        db.update("UPDATE household SET last_roster_file_id = ? WHERE household_id = ?", lastRosterFileId, household);
    }

    long statusChange(long household, String field, String from, String to, LocalDate on, String runKey) {
        db.update("INSERT INTO status_change (household_id, field, from_value, to_value, changed_on, file_id, row_no,"
                + " run_key, execution_id) VALUES (?, ?, ?, ?, ?, ?, 7, ?, 1)", household, field, from, to, on,
                ROSTER, runKey);
        return lastId("change_id", "status_change");
    }

    long mark(long household, String customerClass, LocalDate on) {
        db.update("INSERT INTO class_mark (household_id, customer_class, marked_on, file_id, sheet, row_no)"
                + " VALUES (?, ?, ?, 2, '标记', 4)", household, customerClass, on);
        return lastId("mark_id", "class_mark");
    }

    void classChange(long household, String from, String to, LocalDate on, String runKey) {
        db.update("INSERT INTO class_change (household_id, from_class, to_class, changed_on, file_id, row_no, run_key,"
                + " execution_id) VALUES (?, ?, ?, ?, 2, 4, ?, 1)", household, from, to, on, runKey);
    }

    /** A frame row as an earlier run decided it. */
    void framed(String month, long household, String project, String outcome) {
        db.update("INSERT INTO sample_frame (frame_month, household_id, project_code, room_key, outcome,"
                + " handover_status, occupancy_status, customer_class, as_of, run_key, execution_id)"
                + " VALUES (?, ?, ?, ?, ?, 'DELIVERED', 'RESIDENT', 'NORMAL', ?, 'earlier', 1)",
                month, household, project, "1-" + household, outcome, AS_OF.minusMonths(1));
    }

    /** An issue whose reason key follows its text: the merges' unknown household and project, else a bad value. */
    void issue(long fileId, String reason) {
        String key = reason.startsWith("unknown household") ? "inbox.issue.unknownHousehold"
                : reason.startsWith("unknown project") ? "inbox.issue.unknownProject" : "inbox.value.unknownLabel";
        db.update("INSERT INTO data_issue (execution_id, run_key, file_id, file_name, sheet, row_no, column_name,"
                + " cell_value, reason, row_skipped, reason_key) VALUES (9, ?, ?, ?, '标记', 3, '房号', '9-9-9', ?,"
                + " TRUE, ?)", RUN, fileId, "f" + fileId + ".xlsx", reason, key);
    }

    private long lastId(String column, String table) {
        return db.queryForObject("SELECT MAX(" + column + ") FROM " + table, Long.class);
    }
}
