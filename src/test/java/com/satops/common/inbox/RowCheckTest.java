package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.satops.common.text.DateValues;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RowCheckTest {

    private final RowChecks checks = InboxRows.checks();
    private final DataIssueText text = InboxRows.text();

    @Test
    void aMissingRequiredValueMakesTheRowBadNamingFileSheetRowAndColumn() {
        RowCheck check = checks.of(InboxRows.row(InboxKind.CRM, "project_code", "XXHY"), InboxRows.RUN);

        assertThat(check.required("room")).isNull();

        StagedRow result = check.result("record");
        assertThat(result.record()).isNull();
        DataIssue issue = result.issues().get(0);
        assertThat(issue).extracting(DataIssue::fileName, DataIssue::sheet, DataIssue::rowNo, DataIssue::columnName,
                DataIssue::rowSkipped).containsExactly("crm-2026-11.xlsx", "Sheet1", 5, "房号", true);
        assertThat(issue.reason().key()).isEqualTo("inbox.row.requiredMissing");
        assertThat(issue.reasonText()).isEqualTo("必填项为空");
        assertThat(text.reason(issue, Locale.ENGLISH)).isEqualTo("required value missing");
    }

    @Test
    void anIssueNamesTheRowsProjectWhicheverCellIsBad() {
        RowCheck check = checks.of(InboxRows.row(InboxKind.CRM, "project_code", " XXHY ", "room", "1-1-0101",
                "marked_on", "2026-02-30"), InboxRows.RUN);

        check.required("marked_on", DateValues::parse);
        check.required("customer_class");

        assertThat(check.result(null).issues()).extracting(DataIssue::columnName, DataIssue::projectCode)
                .containsExactly(tuple("标记日期", "XXHY"), tuple("客户类别", "XXHY"));
    }

    @Test
    void anIssueOfARowWithoutAProjectCodeNamesNoProject() {
        RowCheck check = checks.of(InboxRows.row(InboxKind.CRM, "room", "1-1-0101"), InboxRows.RUN);

        assertThat(check.required("project_code")).isNull();

        assertThat(check.result(null).issues().get(0).projectCode()).isNull();
    }

    @Test
    void aBadRequiredValueMakesTheRowBadWithTheParsersReason() {
        RowCheck check = checks.of(InboxRows.row(InboxKind.CRM, "marked_on", "2026-02-30"), InboxRows.RUN);

        assertThat(check.required("marked_on", DateValues::parse)).isNull();

        assertThat(check.isBad()).isTrue();
        DataIssue issue = check.result(null).issues().get(0);
        assertThat(issue.cellValue()).isEqualTo("2026-02-30");
        assertThat(issue.reasonText()).isEqualTo("日期不存在：2026-02-30");
        assertThat(text.reason(issue, Locale.ENGLISH)).isEqualTo("date does not exist: 2026-02-30");
    }

    @Test
    void aBadOptionalValueIsTakenAsEmptyAndTheRowStillApplies() {
        RowCheck check = checks.of(InboxRows.row(InboxKind.SURVEYS, "surveyed_on", "46300"), InboxRows.RUN);

        LocalDate surveyedOn = check.optional("surveyed_on", DateValues::parse);

        assertThat(surveyedOn).isNull();
        StagedRow result = check.result("record");
        assertThat(result.record()).isEqualTo("record");
        DataIssue issue = result.issues().get(0);
        assertThat(issue.rowSkipped()).isFalse();
        assertThat(issue.reasonText()).isEqualTo("不是日期：46300；按空值处理");
        assertThat(text.reason(issue, Locale.ENGLISH)).isEqualTo("not a date: 46300; taken as empty");
    }

    @Test
    void aBlankOptionalCellIsNullAndNoIssue() {
        RowCheck check = checks.of(InboxRows.row(InboxKind.CRM), InboxRows.RUN);

        assertThat(check.optional("note")).isNull();
        assertThat(check.optional("note", DateValues::parse)).isNull();
        assertThat(check.result("record").issues()).isEmpty();
    }

    @Test
    void aTextLongerThanItsColumnMakesTheRowBadEvenInAnOptionalColumn() {
        String name = "张".repeat(300);
        RowCheck check = checks.of(InboxRows.row(InboxKind.ERP, "owner_name", name), InboxRows.RUN);

        assertThat(check.optional("owner_name")).isNull();

        assertThat(check.isBad()).isTrue();
        DataIssue issue = check.result("record").issues().get(0);
        assertThat(issue.columnName()).isEqualTo("业主姓名");
        assertThat(issue.reason().args()).containsExactly("300", "200");
        assertThat(issue.reasonText()).isEqualTo("内容有 300 个字符，超过本列上限 200 个字符");
        assertThat(issue.cellValue()).isEqualTo("张".repeat(300));
    }

    @Test
    void aParsedTextMustFitItsColumnToo() {
        RowCheck check = checks.of(InboxRows.row(InboxKind.STAFF, "email", "a".repeat(250) + "@example.com"),
                InboxRows.RUN);

        assertThat(check.<String>optional("email", v -> v)).isNull();

        assertThat(check.isBad()).isTrue();
        assertThat(check.result(null).issues().get(0).reason().key()).isEqualTo("inbox.value.tooLong");
    }

    @Test
    void aTextAtItsLimitFitsAndAColumnStoredAsNoTextHasNoLimit() {
        RowCheck check = checks.of(InboxRows.row(InboxKind.ERP, "owner_name", "张".repeat(200),
                "handover_status", "x".repeat(300)), InboxRows.RUN);

        assertThat(check.optional("owner_name")).hasSize(200);
        assertThat(check.optional("handover_status")).hasSize(300);
        assertThat(check.isBad()).isFalse();
    }

    @Test
    void aHugeCellIsOneBadValueWhoseRecordedValueIsCut() {
        String huge = "x".repeat(10 * 1024 * 1024);
        RowCheck check = checks.of(InboxRows.row(InboxKind.CRM, "note", huge), InboxRows.RUN);

        assertThat(check.optional("note")).isNull();

        DataIssue issue = check.result(null).issues().get(0);
        assertThat(issue.cellValue()).hasSize(500);
        assertThat(issue.reason().args()).containsExactly(String.valueOf(huge.length()), "2000");
    }
}
