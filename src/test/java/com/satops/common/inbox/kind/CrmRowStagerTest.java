package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.StagerAsserts.badRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.CustomerClass;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.InboxRows;
import com.satops.common.inbox.StagedRow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CrmRowStagerTest {

    private final CrmRowStager stager = new CrmRowStager(InboxRows.checks());

    private StagedRow stage(String... overrides) {
        String[] row = {"project_code", "XXHY", "room", "3栋2单元1502", "customer_class", "黑色客户",
                "marked_on", "2026年11月3日", "note", "多次投诉"};
        return stager.stage(InboxRows.changed(InboxKind.CRM, row, overrides), InboxRows.RUN);
    }

    @Test
    void stagesAMarkWithItsCanonicalRoomKey() {
        CrmRowStager.Staged staged = (CrmRowStager.Staged) stage().record();

        assertThat(staged.roomKey()).isEqualTo("3-2-1502");
        assertThat(staged.customerClass()).isEqualTo(CustomerClass.BLACK);
        assertThat(staged.markedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(staged.note()).isEqualTo("多次投诉");
    }

    @Test
    void everyRequiredColumnMakesTheRowBadWhenBlank() {
        badRow(stage("project_code", ""), "项目编码", "inbox.row.requiredMissing");
        badRow(stage("room", ""), "房号", "inbox.row.requiredMissing");
        badRow(stage("customer_class", ""), "客户类别", "inbox.row.requiredMissing");
        badRow(stage("marked_on", ""), "标记日期", "inbox.row.requiredMissing");
    }

    @Test
    void aDateThatDoesNotExistIsNeverRolledOver() {
        badRow(stage("marked_on", "2026-02-30"), "标记日期", "inbox.value.dateDoesNotExist");
    }

    @Test
    void aPlainNumberInADateColumnIsNoExcelSerial() {
        var issue = badRow(stage("marked_on", "46300"), "标记日期", "inbox.value.notDate");

        assertThat(issue.reasonText()).isEqualTo("不是日期：46300");
    }

    @Test
    void anUnknownClassAndAnUnreadableRoomMakeTheRowBad() {
        badRow(stage("customer_class", "紫色客户"), "客户类别", "inbox.value.unknownLabel");
        badRow(stage("room", "三栋"), "房号", "inbox.value.notRoomKey");
    }

    @Test
    void aNoteLongerThanItsColumnIsABadValueOfTheRow() {
        badRow(stage("note", "备".repeat(2001)), "备注", "inbox.value.tooLong");
    }
}
