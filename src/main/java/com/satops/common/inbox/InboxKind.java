package com.satops.common.inbox;

import static com.satops.common.table.ColumnDef.optional;
import static com.satops.common.table.ColumnDef.required;

import com.satops.common.table.ColumnDef;
import java.util.List;

/** The inbox kinds in the order FORMATS §1 applies them, each with its columns (FORMATS §2). */
public enum InboxKind {

    ERP("erp", "stg_erp", List.of(
            required("project_code", "项目编码"),
            optional("project_name", "项目名称"),
            optional("building", "楼栋"),
            optional("unit", "单元"),
            required("room", "房号"),
            required("zone", "片区"),
            optional("owner_name", "业主姓名"),
            optional("phone", "联系电话"),
            required("handover_status", "交房状态"),
            required("occupancy_status", "入住状态"))),

    STAFF("staff", "stg_staff", List.of(
            required("staff_no", "工号"),
            required("name", "姓名"),
            required("role", "岗位"),
            required("project_code", "项目编码"),
            optional("zone", "片区"),
            optional("email", "邮箱"),
            optional("monthly_quota", "月拜访指标"),
            optional("active", "在职"))),

    CRM("crm", "stg_crm", List.of(
            required("project_code", "项目编码"),
            required("room", "房号"),
            required("customer_class", "客户类别"),
            required("marked_on", "标记日期"),
            optional("note", "备注"))),

    SURVEYS("surveys", "stg_survey", List.of(
            required("survey_month", "调查月份"),
            required("project_code", "项目编码"),
            required("room", "房号"),
            required("score", "评分"),
            optional("reason", "不满意原因"),
            optional("reason_category", "原因分类"),
            optional("in_assessment", "考核期"),
            optional("surveyed_on", "调查日期"))),

    PATROL("patrol", "stg_patrol", List.of(
            required("issue_no", "问题编号"),
            required("project_code", "项目编码"),
            required("patrol_type", "巡区类型"),
            required("found_on", "发现日期"),
            optional("zone", "片区"),
            optional("location", "位置"),
            optional("category", "问题分类"),
            required("description", "问题描述"),
            optional("department", "责任部门"),
            optional("owner_staff_no", "责任人"),
            required("status", "状态"),
            optional("closed_on", "销项日期"),
            optional("rechecked_on", "复查日期"))),

    VISITS("visits", "stg_visit", List.of(
            required("assignment_id", "任务编号"),
            optional("project_code", "项目编码"),
            optional("room", "房号"),
            optional("visited_on", "拜访日期"),
            optional("method", "拜访方式"),
            optional("owner_score", "业主评分"),
            optional("request", "业主诉求"))),

    WORKORDERS("workorders", "stg_workorder", List.of(
            required("order_no", "工单编号"),
            required("project_code", "项目编码"),
            optional("room", "房号"),
            required("order_type", "工单类型"),
            required("created_at", "创建时间"),
            optional("responded_at", "响应时间"),
            optional("dispatched_at", "派单时间"),
            optional("first_feedback_at", "首次反馈时间"),
            optional("completed_at", "完成时间"),
            optional("return_visit_at", "回访时间"),
            optional("return_visit_rating", "回访评价"),
            optional("followed_up_at", "跟进时间"),
            optional("owner_staff_no", "责任人"),
            required("status", "状态")));

    private final String folder;
    private final String stagingTable;
    private final List<ColumnDef> columns;

    InboxKind(String folder, String stagingTable, List<ColumnDef> columns) {
        this.folder = folder;
        this.stagingTable = stagingTable;
        this.columns = columns;
    }

    public String stagingTable() {
        return stagingTable;
    }

    /** The StagingMapper statement the batch writer inserts this kind's rows with. */
    public String stagingStatement() {
        return StagingMapper.class.getName() + ".insert" + Character.toUpperCase(folder.charAt(0)) + folder.substring(1);
    }

    /** The folder under inbox/ and the name used in figures ({@code rows.erp}). */
    public String folder() {
        return folder;
    }

    public List<ColumnDef> columns() {
        return columns;
    }

    public ColumnDef column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }
}
