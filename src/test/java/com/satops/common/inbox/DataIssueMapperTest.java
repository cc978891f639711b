package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recording issues: each stored as given, long text cut to its column. */
@MapperSlice
class DataIssueMapperTest {

    @Autowired
    DataIssueMapper mapper;

    @Autowired
    JdbcTemplate db;

    @Test
    void anIssueIsStoredAsGivenWithLongTextCutToTheColumn() {
        mapper.insert(new DataIssue(7, "run", 3L, "erp.xlsx", "房产", 12, "电话", "x".repeat(600),
                IssueReason.of("inbox.value.notPhone", "x"), "电话无效", false, "XXHY"));

        Map<String, Object> row = db.queryForMap("SELECT * FROM data_issue");
        assertThat(row).containsEntry("EXECUTION_ID", 7L).containsEntry("RUN_KEY", "run")
                .containsEntry("FILE_ID", 3L).containsEntry("SHEET", "房产").containsEntry("ROW_NO", 12)
                .containsEntry("COLUMN_NAME", "电话").containsEntry("REASON", "电话无效")
                .containsEntry("ROW_SKIPPED", false).containsEntry("REASON_KEY", "inbox.value.notPhone")
                .containsEntry("REASON_ARG0", "x").containsEntry("PROJECT_CODE", "XXHY");
        assertThat((String) row.get("CELL_VALUE")).hasSize(500);
    }
}
