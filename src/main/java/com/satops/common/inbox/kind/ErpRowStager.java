package com.satops.common.inbox.kind;

import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.Labels;
import com.satops.common.domain.OccupancyStatus;
import com.satops.common.inbox.ImportRun;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.IssueReason;
import com.satops.common.inbox.KeyedRecord;
import com.satops.common.inbox.RowCheck;
import com.satops.common.inbox.RowChecks;
import com.satops.common.inbox.RowStager;
import com.satops.common.inbox.SourceRow;
import com.satops.common.inbox.StagedRow;
import com.satops.common.text.RoomKey;
import com.satops.common.text.RoomKeyParser;
import com.satops.common.text.ValueException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class ErpRowStager implements RowStager {

    public record Staged(long fileId, String sheet, int rowNo, String projectCode, String projectName,
                         String roomKey, String building, String unit, String room, String zone,
                         String ownerName, String phone, HandoverStatus handoverStatus,
                         OccupancyStatus occupancyStatus) implements KeyedRecord {

        @Override
        public List<String> keyParts() {
            return Arrays.asList(projectCode, roomKey);
        }
    }

    private final RowChecks checks;

    public ErpRowStager(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.ERP;
    }

    @Override
    public StagedRow stage(SourceRow row, ImportRun run) {
        RowCheck check = checks.of(row, run);
        String project = check.required("project_code");
        RoomKey room = roomKey(check);
        String zone = check.required("zone");
        HandoverStatus handover = check.required("handover_status", v -> Labels.parse(HandoverStatus.class, v));
        OccupancyStatus occupancy = check.required("occupancy_status", v -> Labels.parse(OccupancyStatus.class, v));
        if (check.isBad()) {
            return check.result(null);
        }
        return check.result(new Staged(check.fileId(), check.sheet(), check.rowNo(), project,
                check.optional("project_name"), room.canonical(), room.building(), room.unit(), room.room(), zone,
                check.optional("owner_name"), check.optional("phone"), handover, occupancy));
    }

    private static RoomKey roomKey(RowCheck check) {
        String room = check.required("room");
        String building = check.optional("building");
        String unit = check.optional("unit");
        if (room == null || check.isBad()) {
            return null;
        }
        String buildingText = building == null ? "" : building;
        String unitText = unit == null ? "" : unit;
        try {
            return RoomKeyParser.fromParts(buildingText, unitText, room);
        } catch (ValueException e) {
            String shown = String.join(" ", buildingText, unitText, room).strip();
            check.reject("room", shown, IssueReason.of(e.key(), e.args()));
            return null;
        }
    }
}
