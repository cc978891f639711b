package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.MergeFiles.MERGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.StagingMapper;
import com.satops.support.MapperSlice;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work orders: a public-area order needs no room, a room must be known; each status
 * change kept with its file, a change back by the next file too; a later row
 * replaces the whole order.
 */
@MapperSlice
class WorkorderMergeMapperTest {

    private static final Map<String, String> ZH = Map.of("unknownProject", "项目不存在", "unknownHousehold",
            "项目{0}没有这个房号");
    private static final LocalDateTime IMPORTED = LocalDateTime.of(2026, 11, 20, 8, 30);

    @Autowired
    WorkorderMergeMapper orders;

    @Autowired
    StagingMapper staging;

    @Autowired
    JdbcTemplate db;

    @Test
    void aPublicAreaOrderNeedsNoRoomButANamedRoomMustBeKnown() {
        long h = MergeFiles.household(db, "P1", "1-101");
        row(11, 2, "W1", "P1", "1-101", "OPEN");
        row(11, 3, "W2", "P1", null, "OPEN");
        row(12, 2, "W3", "P1", "1-999", "OPEN");
        row(12, 3, "W4", "P9", null, "OPEN");
        MergeFiles.list(staging, InboxKind.WORKORDERS, 11, 12);

        orders.reportUnknownProjectOrHousehold(MERGE, ZH);
        staging.markRejectedRows(0);
        staging.dropNamedRows(InboxKind.WORKORDERS.stagingTable());
        orders.upsertOrders();

        assertThat(db.queryForList("SELECT CONCAT(order_no, ' ', COALESCE(CAST(household_id AS VARCHAR), '-'))"
                + " FROM work_order ORDER BY order_no", String.class))
                .containsExactly("W1 " + h, "W2 -");
        assertThat(db.queryForList("SELECT CONCAT(file_name, ':', row_no, ' ', reason_key) FROM data_issue"
                + " ORDER BY file_id, row_no", String.class))
                .containsExactly("f12.xlsx:2 inbox.issue.unknownHousehold", "f12.xlsx:3 inbox.issue.unknownProject");
    }

    @Test
    void everyStatusChangeIsKeptWithItsFileAndTheLastFilesRowIsTheOrder() {
        row(1, 2, "W1", "P1", null, "OPEN");
        MergeFiles.list(staging, InboxKind.WORKORDERS, 1);
        orders.upsertOrders();
        db.update("DELETE FROM stg_workorder");
        staging.clearMergeFiles();
        row(11, 2, "W1", "P1", null, "DONE");
        row(11, 3, "W2", "P1", null, "OPEN");
        row(11, 4, "W2", "P1", null, "OPEN");
        row(12, 2, "W1", "P1", null, "OPEN");
        row(12, 3, "W2", "P1", null, "DONE");
        db.update("UPDATE stg_workorder SET owner_staff_no = 'S1' WHERE file_id = 11");
        MergeFiles.list(staging, InboxKind.WORKORDERS, 11, 12);

        orders.markSuperseded(false);
        staging.dropNamedRows(InboxKind.WORKORDERS.stagingTable());
        orders.recordStatusChanges(MERGE, IMPORTED);
        orders.upsertOrders();

        assertThat(db.queryForList("SELECT CONCAT(order_no, ' ', from_status, '>', to_status, ' ', file_name, ':',"
                + " row_no, ' ', imported_at, ' ', run_key) FROM work_order_status_change ORDER BY change_id",
                String.class)).containsExactly("W1 OPEN>DONE f11.xlsx:2 2026-11-20 08:30:00 run-7",
                "W1 DONE>OPEN f12.xlsx:2 2026-11-20 08:30:00 run-7", "W2 OPEN>DONE f12.xlsx:3 2026-11-20 08:30:00 run-7");
        assertThat(db.queryForList("SELECT CONCAT(order_no, ' ', status, ' ', COALESCE(owner_staff_no, '-'), ' ',"
                + " file_id, ':', row_no) FROM work_order ORDER BY order_no", String.class))
                .containsExactly("W1 OPEN - 12:2", "W2 DONE - 12:3");
    }

    private void row(long fileId, int rowNo, String orderNo, String project, String roomKey, String status) {
        db.update("INSERT INTO stg_workorder (file_id, sheet, row_no, order_no, project_code, room_key, order_type,"
                + " created_at, owner_staff_no, status) VALUES (?, '工单', ?, ?, ?, ?, 'REPAIR',"
                + " TIMESTAMP '2026-11-01 09:00:00', NULL, ?)", fileId, rowNo, orderNo, project, roomKey, status);
    }
}
