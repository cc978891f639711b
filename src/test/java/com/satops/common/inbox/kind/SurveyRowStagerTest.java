package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.StagerAsserts.badRow;
import static com.satops.common.inbox.kind.StagerAsserts.notedCell;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.InboxRows;
import com.satops.common.inbox.StagedRow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SurveyRowStagerTest {

    private final SurveyRowStager stager = new SurveyRowStager(InboxRows.checks());

    private StagedRow stage(String... overrides) {
        String[] row = {"survey_month", "2026年10月", "project_code", "XXHY", "room", "3-2-1502", "score", "3.0",
                "reason", "保安态度差", "reason_category", "保安服务", "in_assessment", "", "surveyed_on", "2026/10/12"};
        return stager.stage(InboxRows.changed(InboxKind.SURVEYS, row, overrides), InboxRows.RUN);
    }

    @Test
    void stagesAResponseInTheAssessmentByDefault() {
        SurveyRowStager.Staged staged = (SurveyRowStager.Staged) stage().record();

        assertThat(staged.surveyMonth()).isEqualTo("2026-10");
        assertThat(staged.score()).isEqualTo(3);
        assertThat(staged.reasonCategory()).isEqualTo(ReasonCategory.SECURITY);
        assertThat(staged.inAssessment()).isTrue();
        assertThat(staged.surveyedOn()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void everyRequiredColumnMakesTheRowBadWhenBlank() {
        badRow(stage("survey_month", ""), "调查月份", "inbox.row.requiredMissing");
        badRow(stage("project_code", ""), "项目编码", "inbox.row.requiredMissing");
        badRow(stage("room", ""), "房号", "inbox.row.requiredMissing");
        badRow(stage("score", ""), "评分", "inbox.row.requiredMissing");
    }

    @Test
    void aScoreOutsideOneToFiveMakesTheRowBad() {
        var issue = badRow(stage("score", "7"), "评分", "inbox.value.integerOutOfRange");

        assertThat(issue.reasonText()).isEqualTo("应为 1–5 的整数：7");
        badRow(stage("score", "0"), "评分", "inbox.value.integerOutOfRange");
        badRow(stage("score", "满意"), "评分", "inbox.value.integerOutOfRange");
    }

    @Test
    void aMonthThatDoesNotExistMakesTheRowBad() {
        badRow(stage("survey_month", "2026-13"), "调查月份", "inbox.value.monthDoesNotExist");
    }

    @Test
    void badOptionalCellsAreTakenAsEmpty() {
        notedCell(stage("reason_category", "物业费"), "原因分类", "inbox.value.unknownLabel");
        notedCell(stage("in_assessment", "也许"), "考核期", "inbox.value.notYesNo");
        notedCell(stage("surveyed_on", "2026-02-30"), "调查日期", "inbox.value.dateDoesNotExist");
        notedCell(stage("surveyed_on", "46300"), "调查日期", "inbox.value.notDate");
    }

    @Test
    void aReasonLongerThanItsColumnIsABadValueOfTheRow() {
        badRow(stage("reason", "差".repeat(4001)), "不满意原因", "inbox.value.tooLong");
        assertThat(stage("reason", "差".repeat(4000)).record()).isNotNull();
    }
}
