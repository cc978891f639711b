package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.StagerAsserts.badRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.OccupancyStatus;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.InboxRows;
import com.satops.common.inbox.StagedRow;
import org.junit.jupiter.api.Test;

class ErpRowStagerTest {

    private final ErpRowStager stager = new ErpRowStager(InboxRows.checks());

    private StagedRow stage(String... overrides) {
        String[] row = {"project_code", "XXHY", "project_name", "星河湾", "building", "3栋", "unit", "2单元",
                "room", "1502室", "zone", "A区", "owner_name", "张三", "phone", "13812341234",
                "handover_status", "已交房", "occupancy_status", "出租"};
        return stager.stage(InboxRows.changed(InboxKind.ERP, row, overrides), InboxRows.RUN);
    }

    @Test
    void stagesARowWithItsRoomKeyFromTheSeparateColumns() {
        StagedRow row = stage();

        assertThat(row.issues()).isEmpty();
        ErpRowStager.Staged staged = (ErpRowStager.Staged) row.record();
        assertThat(staged.roomKey()).isEqualTo("3-2-1502");
        assertThat(staged.building()).isEqualTo("3");
        assertThat(staged.handoverStatus()).isEqualTo(HandoverStatus.DELIVERED);
        assertThat(staged.occupancyStatus()).isEqualTo(OccupancyStatus.RENTED);
        assertThat(staged.rowNo()).isEqualTo(5);
    }

    @Test
    void withoutABuildingTheRoomCellHoldsTheCombinedKey() {
        StagedRow row = stage("building", "", "unit", "", "room", "12幢0801室");

        assertThat(((ErpRowStager.Staged) row.record()).roomKey()).isEqualTo("12-0801");
    }

    @Test
    void aProjectWithoutNameStillStages() {
        StagedRow row = stage("project_name", "");

        assertThat(((ErpRowStager.Staged) row.record()).projectName()).isNull();
        assertThat(row.issues()).isEmpty();
    }

    @Test
    void everyRequiredColumnMakesTheRowBadWhenBlank() {
        badRow(stage("project_code", ""), "项目编码", "inbox.row.requiredMissing");
        badRow(stage("room", ""), "房号", "inbox.row.requiredMissing");
        badRow(stage("zone", ""), "片区", "inbox.row.requiredMissing");
        badRow(stage("handover_status", ""), "交房状态", "inbox.row.requiredMissing");
        badRow(stage("occupancy_status", ""), "入住状态", "inbox.row.requiredMissing");
    }

    @Test
    void partsThatMakeNoRoomKeyMakeTheRowBadNamingEachPart() {
        var issue = badRow(stage("room", "待定"), "房号", "inbox.value.notRoomKeyParts");

        assertThat(issue.cellValue()).isEqualTo("3栋 2单元 待定");
        assertThat(issue.reasonText()).isEqualTo("不是房号：楼栋 3栋，单元 2单元，房号 待定");
    }

    @Test
    void anUnknownStatusMakesTheRowBadListingTheAllowedValues() {
        var issue = badRow(stage("handover_status", "已入伙"), "交房状态", "inbox.value.unknownLabel");

        assertThat(issue.reasonText()).isEqualTo("未知的值“已入伙”；可填：已交房/DELIVERED, 未交房/NOT_DELIVERED");
        badRow(stage("occupancy_status", "自住"), "入住状态", "inbox.value.unknownLabel");
    }

    @Test
    void anOwnerNameLongerThanItsColumnIsABadValueOfTheRow() {
        var issue = badRow(stage("owner_name", "业".repeat(300)), "业主姓名", "inbox.value.tooLong");

        assertThat(issue.reason().args()).containsExactly("300", "200");
    }

    @Test
    void aBuildingLongerThanItsColumnIsABadValueOfTheRow() {
        badRow(stage("building", "3".repeat(40)), "楼栋", "inbox.value.tooLong");
    }
}
