package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recording issues, and counting a file's skipped rows once per row however many cells were bad. */
@MapperSlice
class DataIssueMapperTest {

    @Autowired
    DataIssueMapper mapper;

    @Autowired
    JdbcTemplate db;

    @Test
    void anIssueIsStoredAsGivenWithLongTextCutToTheColumn() {
        mapper.insert(new DataIssue(7, "run", 3L, "erp.xlsx", "房产", 12, "电话", "x".repeat(600),
                IssueReason.of("inbox.value.notPhone", "x"), "电话无效", false));

        Map<String, Object> row = db.queryForMap("SELECT * FROM data_issue");
        assertThat(row).containsEntry("EXECUTION_ID", 7L).containsEntry("RUN_KEY", "run")
                .containsEntry("FILE_ID", 3L).containsEntry("SHEET", "房产").containsEntry("ROW_NO", 12)
                .containsEntry("COLUMN_NAME", "电话").containsEntry("REASON", "电话无效")
                .containsEntry("ROW_SKIPPED", false).containsEntry("REASON_KEY", "inbox.value.notPhone")
                .containsEntry("REASON_ARG0", "x");
        assertThat((String) row.get("CELL_VALUE")).hasSize(500);
    }

    @Test
    void skippedRowsAreCountedOncePerSheetAndRowAndOnlyWhenSkipped() {
        skipped(1, "房产", 5, true);
        skipped(1, "房产", 5, true);
        // the same row number on another sheet is another row
        skipped(1, "车位", 5, true);
        // a bad optional cell: the row was applied
        skipped(1, "房产", 6, false);
        skipped(2, "房产", 7, true);

        assertThat(mapper.countSkippedRows(1)).isEqualTo(2);
        assertThat(mapper.countSkippedRows(3)).isZero();
    }

    @Test
    void aCsvFilesRowsHaveNoSheetAndAreStillCountedOnceEach() {
        skipped(4, null, 5, true);
        skipped(4, null, 5, true);
        skipped(4, null, 6, true);

        assertThat(mapper.countSkippedRows(4)).isEqualTo(2);
    }

    private void skipped(long fileId, String sheet, int rowNo, boolean rowSkipped) {
        mapper.insert(new DataIssue(7, "run", fileId, "erp.xlsx", sheet, rowNo, "交付状态", "?",
                IssueReason.of("inbox.value.noLabel", "已交房/未交房"), "无效", rowSkipped));
    }
}
