package com.satops.common.inbox.kind;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.Labels;
import com.satops.common.inbox.ImportRun;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.RowCheck;
import com.satops.common.inbox.RowChecks;
import com.satops.common.inbox.RowStager;
import com.satops.common.inbox.SourceRow;
import com.satops.common.inbox.StagedRow;
import com.satops.common.text.DateValues;
import com.satops.common.text.RoomKey;
import com.satops.common.text.RoomKeyParser;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

@Component
public class CrmRowStager implements RowStager {

    public record Staged(long fileId, String sheet, int rowNo, String projectCode, String roomKey,
                         CustomerClass customerClass, LocalDate markedOn, String note) {
    }

    private final RowChecks checks;

    public CrmRowStager(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.CRM;
    }

    @Override
    public StagedRow stage(SourceRow row, ImportRun run) {
        RowCheck check = checks.of(row, run);
        String project = check.required("project_code");
        RoomKey room = check.required("room", RoomKeyParser::parse);
        CustomerClass customerClass = check.required("customer_class", v -> Labels.parse(CustomerClass.class, v));
        LocalDate markedOn = check.required("marked_on", DateValues::parse);
        if (check.isBad()) {
            return check.result(null);
        }
        return check.result(new Staged(check.fileId(), check.sheet(), check.rowNo(), project, room.canonical(),
                customerClass, markedOn, check.optional("note")));
    }
}
