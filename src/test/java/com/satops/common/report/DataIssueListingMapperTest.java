package com.satops.common.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.satops.support.MapperSlice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's data issues for its data-issue sheet: that run's only, in the order recorded, empty cells kept empty;
 * a project's list with the issues naming no known project.
 */
@MapperSlice
class DataIssueListingMapperTest {

    @Autowired
    DataIssueListingMapper mapper;

    @Autowired
    JdbcTemplate db;

    @Test
    void theRunsIssuesComeInTheOrderRecordedWithEveryColumn() {
        issue("run-a", "erp.xlsx", "房产", 9, "交付状态", "已交", "交付状态无效", true);
        issue("run-b", "crm.xlsx", "标记", 2, "客户分类", "VIP", "客户分类无效", true);
        issue("run-a", "erp.xlsx", "房产", 3, "电话", "abc", "电话无效，已留空", false);
        // a file-level issue has no sheet, row, column or value
        issue("run-a", "staff.csv", null, null, null, null, "缺少列 工号", true);

        assertThat(listed("run-a")).containsExactly(
                new DataIssueRow("erp.xlsx", "房产", 9, "交付状态", "已交", "交付状态无效", true, null, null, null, null),
                new DataIssueRow("erp.xlsx", "房产", 3, "电话", "abc", "电话无效，已留空", false, null, null, null, null),
                new DataIssueRow("staff.csv", null, null, null, null, "缺少列 工号", true, null, null, null, null));
        assertThat(listed("run-c")).isEmpty();
    }

    @Test
    void aFileAFailedAttemptRefusedOverTheRateIsLeftOut() {
        // file 1 applied; file 2, an earlier attempt's, was refused over the reject rate and then fixed
        file(1, "APPLIED");
        file(2, "OVER_RATE");
        issue("run-a", "crm.csv", null, 4, "房号", "99-99", "未知住户", true);
        db.update("UPDATE data_issue SET file_id = 2");
        issue("run-a", "crm.csv", null, 2, "房号", "88-88", "未知住户", true);

        assertThat(listed("run-a")).extracting(DataIssueRow::cellValue).containsExactly("88-88");
    }

    @Test
    void aProjectsListHoldsItsOwnIssuesAndThoseNamingNoKnownProjectNotAnotherProjects() {
        db.update("INSERT INTO project (project_code, project_name) VALUES ('XXHY', '星河湾'), ('LJY', '丽景苑')");
        issue("run-a", "erp.xlsx", "房产", 2, "交房状态", "已交", "交房状态无效", true);
        db.update("UPDATE data_issue SET project_code = 'XXHY'");
        issue("run-a", "erp.xlsx", "房产", 3, "交房状态", "?", "交房状态无效", true);
        db.update("UPDATE data_issue SET project_code = 'LJY' WHERE row_no = 3");
        issue("run-a", "crm.csv", "Sheet1", 4, "项目编码", "NOPE", "项目不存在", true);
        db.update("UPDATE data_issue SET project_code = 'NOPE' WHERE row_no = 4");
        issue("run-a", "staff.csv", null, null, null, null, "缺少列 工号", true);
        issue("run-b", "erp.xlsx", "房产", 5, "交房状态", "?", "交房状态无效", true);
        db.update("UPDATE data_issue SET project_code = 'XXHY' WHERE row_no = 5");

        assertThat(listed("run-a", "XXHY")).extracting(DataIssueRow::fileName, DataIssueRow::rowNo)
                .containsExactly(tuple("erp.xlsx", 2), tuple("crm.csv", 4), tuple("staff.csv", null));
        assertThat(listed("run-a", "LJY")).extracting(DataIssueRow::fileName, DataIssueRow::rowNo)
                .containsExactly(tuple("erp.xlsx", 3), tuple("crm.csv", 4), tuple("staff.csv", null));
        assertThat(listed("run-a")).hasSize(4);
    }

    @Test
    void aProjectsListLeavesOutAFileRefusedOverTheRateToo() {
        file(1, "APPLIED");
        file(2, "OVER_RATE");
        issue("run-a", "crm.csv", null, 4, "房号", "99-99", "未知住户", true);
        db.update("UPDATE data_issue SET file_id = 2, project_code = 'XXHY'");
        issue("run-a", "crm.csv", null, 2, "房号", "88-88", "未知住户", true);

        assertThat(listed("run-a", "XXHY")).extracting(DataIssueRow::cellValue).containsExactly("88-88");
    }

    private List<DataIssueRow> listed(String runKey, String projectCode) {
        List<DataIssueRow> rows = new ArrayList<>();
        mapper.issuesOfProject(runKey, projectCode, row -> rows.add(row.getResultObject()));
        return rows;
    }

    private void file(long fileId, String status) {
        db.update("INSERT INTO imported_file (file_id, kind, file_name, source_path, sha256, status, run_key,"
                + " execution_id, effective_on) VALUES (?, 'crm', 'crm.csv', 'inbox/crm/crm.csv', ?, ?, 'run-a', 1,"
                + " DATE '2026-11-30')", fileId, String.format("%064d", fileId), status);
    }

    private List<DataIssueRow> listed(String runKey) {
        List<DataIssueRow> rows = new ArrayList<>();
        mapper.issuesOfRun(runKey, row -> rows.add(row.getResultObject()));
        return rows;
    }

    private void issue(String runKey, String fileName, String sheet, Integer rowNo, String column, String value,
                       String reason, boolean skipped) {
        db.update("INSERT INTO data_issue (execution_id, run_key, file_id, file_name, sheet, row_no, column_name,"
                + " cell_value, reason, row_skipped) VALUES (1, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                runKey, fileName, sheet, rowNo, column, value, reason, skipped);
    }
}
