package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxFile;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.StagingMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The files of a merge in a mapper slice, listed in the order given (the order they apply in), and the
 * households their rows name.
 */
final class MergeFiles {

    static final MergeParams MERGE = new MergeParams(7, "run-7", LocalDate.of(2026, 11, 20));

    private MergeFiles() {
    }

    static void list(StagingMapper staging, InboxKind kind, long... fileIds) {
        List<InboxFile> files = Arrays.stream(fileIds)
                .mapToObj(id -> file(kind, id)).toList();
        staging.listMergeFiles(files);
    }

    static InboxFile file(InboxKind kind, long fileId) {
        return new InboxFile(fileId, kind, name(fileId), "inbox/" + kind.folder() + "/" + name(fileId), "sha" + fileId);
    }

    static String name(long fileId) {
        return "f" + fileId + ".xlsx";
    }

    /** A household the roster brought earlier (its project too, if new), delivered and occupied. */
    static long household(JdbcTemplate db, String project, String roomKey) {
        if (db.queryForObject("SELECT COUNT(*) FROM project WHERE project_code = ?", Integer.class, project) == 0) {
            db.update("INSERT INTO project (project_code, project_name) VALUES (?, ?)", project, project);
        }
        db.update("INSERT INTO household (project_code, room_key, building, room, zone, handover_status,"
                + " occupancy_status, first_file_id, last_roster_file_id) VALUES (?, ?, '1', '101', 'A区',"
                + " 'DELIVERED', 'OCCUPIED', 1, 1)", project, roomKey);
        return db.queryForObject("SELECT household_id FROM household WHERE project_code = ? AND room_key = ?",
                Long.class, project, roomKey);
    }
}
