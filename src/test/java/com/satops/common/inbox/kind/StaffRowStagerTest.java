package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.StagerAsserts.badRow;
import static com.satops.common.inbox.kind.StagerAsserts.notedCell;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.StaffRole;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.InboxRows;
import com.satops.common.inbox.StagedRow;
import org.junit.jupiter.api.Test;

class StaffRowStagerTest {

    private final StaffRowStager stager = new StaffRowStager(InboxRows.checks());

    private StagedRow stage(String... overrides) {
        String[] row = {"staff_no", "S1", "name", "赵管家", "role", "管家", "project_code", "XXHY", "zone", "A区",
                "email", "s1@example.com", "monthly_quota", "", "active", ""};
        return stager.stage(InboxRows.changed(InboxKind.STAFF, row, overrides), InboxRows.RUN);
    }

    @Test
    void stagesAStewardActiveByDefaultWithTheRolesQuotaLeftToTheJob() {
        StaffRowStager.Staged staged = (StaffRowStager.Staged) stage().record();

        assertThat(staged.role()).isEqualTo(StaffRole.STEWARD);
        assertThat(staged.active()).isTrue();
        assertThat(staged.monthlyQuota()).isNull();
    }

    @Test
    void everyRequiredColumnMakesTheRowBadWhenBlank() {
        badRow(stage("staff_no", ""), "工号", "inbox.row.requiredMissing");
        badRow(stage("name", ""), "姓名", "inbox.row.requiredMissing");
        badRow(stage("role", ""), "岗位", "inbox.row.requiredMissing");
        badRow(stage("project_code", ""), "项目编码", "inbox.row.requiredMissing");
    }

    @Test
    void aStewardNeedsAZoneAManagerDoesNot() {
        badRow(stage("zone", ""), "片区", "inbox.row.stewardNeedsZone");
        assertThat(stage("zone", "", "role", "项目经理").record()).isNotNull();
    }

    @Test
    void badOptionalCellsAreTakenAsEmpty() {
        notedCell(stage("email", "not-an-address"), "邮箱", "inbox.value.notEmail");
        notedCell(stage("monthly_quota", "-3"), "月拜访指标", "inbox.value.negativeQuota");
        notedCell(stage("monthly_quota", "many"), "月拜访指标", "inbox.value.notInteger");
        var issue = notedCell(stage("active", "在"), "在职", "inbox.value.notYesNo");
        assertThat(((StaffRowStager.Staged) stage("active", "在").record()).active()).isTrue();
        assertThat(issue.reasonText()).endsWith("；按空值处理");
    }

    @Test
    void aLeaverIsStagedInactive() {
        assertThat(((StaffRowStager.Staged) stage("active", "否").record()).active()).isFalse();
    }

    @Test
    void aNameLongerThanItsColumnIsABadValueOfTheRow() {
        badRow(stage("name", "赵".repeat(101)), "姓名", "inbox.value.tooLong");
    }
}
