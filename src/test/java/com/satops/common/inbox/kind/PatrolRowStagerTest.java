package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.StagerAsserts.badRow;
import static com.satops.common.inbox.kind.StagerAsserts.notedCell;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.PatrolStatus;
import com.satops.common.domain.PatrolType;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.InboxRows;
import com.satops.common.inbox.StagedRow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatrolRowStagerTest {

    private final PatrolRowStager stager = new PatrolRowStager(InboxRows.checks());

    private StagedRow stage(String... overrides) {
        String[] row = {"issue_no", "P-1", "project_code", "XXHY", "patrol_type", "周巡", "found_on", "2026-11-10",
                "description", "垃圾桶满溢", "status", "已销项", "closed_on", "2026-11-12", "rechecked_on", ""};
        return stager.stage(InboxRows.changed(InboxKind.PATROL, row, overrides), InboxRows.RUN);
    }

    @Test
    void stagesAClosedIssueWithItsClosingDate() {
        PatrolRowStager.Staged staged = (PatrolRowStager.Staged) stage().record();

        assertThat(staged.patrolType()).isEqualTo(PatrolType.WEEKLY);
        assertThat(staged.status()).isEqualTo(PatrolStatus.CLOSED);
        assertThat(staged.closedOn()).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void anOpenIssueKeepsNoClosingDate() {
        PatrolRowStager.Staged staged = (PatrolRowStager.Staged) stage("status", "整改中").record();

        assertThat(staged.closedOn()).isNull();
    }

    @Test
    void everyRequiredColumnMakesTheRowBadWhenBlank() {
        badRow(stage("issue_no", ""), "问题编号", "inbox.row.requiredMissing");
        badRow(stage("project_code", ""), "项目编码", "inbox.row.requiredMissing");
        badRow(stage("patrol_type", ""), "巡区类型", "inbox.row.requiredMissing");
        badRow(stage("found_on", ""), "发现日期", "inbox.row.requiredMissing");
        badRow(stage("description", ""), "问题描述", "inbox.row.requiredMissing");
        badRow(stage("status", ""), "状态", "inbox.row.requiredMissing");
    }

    @Test
    void aClosedIssueNeedsAReadableClosingDateNotBeforeItWasFound() {
        badRow(stage("closed_on", ""), "销项日期", "inbox.row.closedNeedsDate");
        badRow(stage("closed_on", "2026-11-31"), "销项日期", "inbox.value.dateDoesNotExist");
        var issue = badRow(stage("closed_on", "2026-11-09"), "销项日期", "inbox.row.closedBeforeFound");
        assertThat(issue.reasonText()).isEqualTo("销项日期早于发现日期（2026-11-10）");
    }

    @Test
    void anIssueFoundAfterTheAsOfDateMakesTheRowBad() {
        var issue = badRow(stage("found_on", "2026-11-21", "closed_on", "2026-11-22"), "发现日期",
                "inbox.row.foundAfterAsOf");

        assertThat(issue.reasonText()).contains("as-of 2026-11-20");
    }

    @Test
    void badOptionalCellsAreTakenAsEmpty() {
        notedCell(stage("category", "噪音"), "问题分类", "inbox.value.unknownLabel");
        notedCell(stage("rechecked_on", "下周"), "复查日期", "inbox.value.notDate");
        notedCell(stage("status", "整改中", "closed_on", "不详"), "销项日期", "inbox.value.notDate");
    }

    @Test
    void aDescriptionLongerThanItsColumnIsABadValueOfTheRow() {
        badRow(stage("description", "脏".repeat(4001)), "问题描述", "inbox.value.tooLong");
    }
}
